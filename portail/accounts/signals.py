from portail.core import page_readers


def remember_reader(sender, request, user, **kwargs):
    """Whether the cached pages may be shown to this person: a member reads what everyone
    does; an editor gets Wagtail's bar on each page (its "access admin" permission)."""
    if request is not None and hasattr(request, "session"):
        editor = user.has_perm("wagtailadmin.access_admin")
        page_readers.remember_reader(request.session, editor=editor)


def forget_reader(sender, request, user, **kwargs):
    """The session ends: the cache forgets who it was (portail/core/page_readers.py)."""
    if request is not None and hasattr(request, "session"):
        page_readers.forget_reader(request.session.session_key)
