"""Country-group coordinators: a Wagtail group per country group whose page permissions cover
that group's page and the pages under it, and nothing else (docs/ROLES.md)."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from portail.core.languages import default_locale_id

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def coordinator_group_name(group_page):
    """Named after the French page, in French: the English version of a country group (or
    its alias) is coordinated by the same people."""
    french = (
        type(group_page)
        .objects.filter(translation_key=group_page.translation_key, locale_id=default_locale_id())
        .first()
    )
    with translation.override(settings.LANGUAGE_CODE):
        return _("Coordination – %(group)s") % {"group": (french or group_page).title}


def coordinator_group(group_page):
    """The coordinators' group of `group_page` (of its French version), made with its
    permissions if missing; they cover `group_page`, whichever its language."""
    group, _created = Group.objects.get_or_create(name=coordinator_group_name(group_page))
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=Page.objects.get(pk=group_page.pk),
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    root = Collection.get_first_root_node()
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    return group
