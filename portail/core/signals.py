"""Wires the content version to everything that changes the public site."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_content_version


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_content_version, dispatch_uid=f"portail-bump-{id(signal)}")
    from portail.network.models import Member, Partnership
    from portail.taxonomy.models import Country, Organisation, StaffContact, Theme

    from .models import SiteSettings

    for model in (
        Page,
        Site,
        PageViewRestriction,
        SiteSettings,
        Country,
        Theme,
        Organisation,
        StaffContact,
        Member,
        Partnership,
    ):
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"portail-bump-delete-{model.__name__}"
        )
        if model is not Page:
            post_save.connect(
                bump_content_version,
                sender=model,
                dispatch_uid=f"portail-bump-save-{model.__name__}",
            )
