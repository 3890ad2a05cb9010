"""Who reads a cached page with a session cookie: a member is shown the page stored for
everyone with their own account links; an editor, or a message to read, needs the whole page
rendered; a cookie whose session has ended reads the cache as if absent (core/page_cache.py)."""

import hashlib
from functools import lru_cache
from importlib import import_module

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

# What a session says of its reader, written at login by the accounts app (remember_reader):
# a member reads the pages everyone does; an editor sees Wagtail's bar on them.
READER_KEY = "portail_reader"
MEMBER, EDITOR = "member", "editor"
ACCOUNT_START, ACCOUNT_END = b"<!--account-->", b"<!--/account-->"
ACCOUNT_TEMPLATE = "components/account_link.html"


def remember_reader(session, *, editor):
    session[READER_KEY] = EDITOR if editor else MEMBER


STRAY, WHOLE_PAGE = "stray", "whole page"
READER_SECONDS = 60  # how long a session's reader is remembered (cleared at log-out)


def reader_key(session_key):
    return "portail:reader:" + hashlib.sha256(session_key.encode()).hexdigest()[:32]


def reader_of(request):
    """Who carries this session cookie, as far as a cached page is concerned: STRAY when no
    session is behind it, "anonymous" when no one is logged in, MEMBER, or WHOLE_PAGE when
    the page must be rendered for them (an editor, a message to show, a session of before).
    Remembered a minute in the cache: reading the session each time made a member's cached
    page cost four anonymous ones. A message in a cookie is the caller's to check."""
    session_key = request.COOKIES[settings.SESSION_COOKIE_NAME]
    reader = cache.get(reader_key(session_key))
    if reader is None:
        reader = _reader_in_session(session_key)
        cache.set(reader_key(session_key), reader, READER_SECONDS)
    return reader


def _reader_in_session(session_key):
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    data = session.load()
    if session.session_key is None:
        return STRAY
    if "_messages" in data or "_auth_user_id" in data and data.get(READER_KEY) != MEMBER:
        return WHOLE_PAGE
    return MEMBER if "_auth_user_id" in data else "anonymous"


def forget_reader(session_key):
    if session_key:
        cache.delete(reader_key(session_key))


@lru_cache(maxsize=8)
def member_links(language):
    """The member's account links (the same for every member) in that language."""
    with translation.override(language):
        return render_to_string(ACCOUNT_TEMPLATE, {"member": True}).strip().encode()


def with_account_of_member(response, language):
    """The cached page with the member's account links in place of everyone's."""
    content = response.content
    start, end = content.find(ACCOUNT_START), content.find(ACCOUNT_END)
    if start < 0 or end < start:
        return None
    links = member_links(language)
    response.content = content[: start + len(ACCOUNT_START)] + links + content[end:]
    return response
