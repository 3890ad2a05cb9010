"""Wires the content version to everything that changes the public site. Each app names its
own models that the public sees (`bump_on_change`, from its AppConfig.ready)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_content_version
from .models import SiteSettings


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_content_version, dispatch_uid=f"portail-bump-{id(signal)}")
    # A page saved as a draft changes nothing public: only its deletion does.
    post_delete.connect(bump_content_version, sender=Page, dispatch_uid="portail-bump-delete-Page")
    bump_on_change(Site, PageViewRestriction, SiteSettings)


def bump_on_change(*models):
    """Any save or deletion of these models changes what the public site shows."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                bump_content_version,
                sender=model,
                dispatch_uid=f"portail-bump-{signal is post_save}-{model._meta.label}",
            )
