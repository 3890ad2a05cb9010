"""Every field an editor can set, on every page type, snippet and setting, is carried by the
interchange or named, with its reason, in `NOT_CARRIED`: a field added to a model without a
thought for import and export fails here."""

import wagtail.admin.panels.page_utils  # noqa: F401  (gives Page.get_edit_handler)
from django.apps import apps
from wagtail.admin.panels import FieldPanel, InlinePanel, PanelGroup, get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from portail.agenda.models import EventSeries
from portail.interchange.kinds import NOT_CARRIED, carried_fields, not_carried


def editable_fields(handler):
    """The fields of an edit handler's panels, an inline panel's as "relation.field"."""

    def walk(panel, prefix):
        if isinstance(panel, InlinePanel):
            for child in panel.child_edit_handler.children:
                yield from walk(child, f"{prefix}{panel.relation_name}.")
        elif isinstance(panel, FieldPanel):
            yield prefix + panel.field_name
        elif isinstance(panel, PanelGroup):
            for child in panel.children:
                yield from walk(child, prefix)

    return list(walk(handler, ""))


def edited_models():
    """(model, editable field names) of everything editors edit in the back office."""
    for model in apps.get_models():
        if issubclass(model, Page) and model is not Page:
            yield model, editable_fields(model.get_edit_handler())
    for model in [*get_snippet_models(), *settings_registry, EventSeries]:
        yield model, editable_fields(get_edit_handler(model))
    for model in (get_image_model(), get_document_model()):
        yield model, list(model.admin_form_fields)


def edited_fields():
    """(model, field name, whether lines carry it) of every editable field."""
    carried = carried_fields()
    for model, names in edited_models():
        for name in names:
            yield model, name, name in carried.get(model, set())


def test_every_editable_field_is_carried_or_excluded_with_its_reason():
    missing = [
        f"{model._meta.label}.{name}"
        for model, name, is_carried in edited_fields()
        if not is_carried and not_carried(model, name) is None
    ]
    assert missing == [], "neither carried nor in NOT_CARRIED: " + ", ".join(missing)


def test_the_walk_sees_inline_panels_and_settings():
    fields = dict(edited_models())
    from portail.core.models import SiteSettings
    from portail.funds.models import SolidarityFundPage

    assert "projects.amount" in fields[SolidarityFundPage]
    assert "contact_email" in fields[SiteSettings]


def test_no_exclusion_names_a_field_that_is_carried():
    stale = [
        f"{model._meta.label}.{name}"
        for model, name, is_carried in edited_fields()
        if is_carried and f"{model._meta.label}.{name}" in NOT_CARRIED
    ]
    assert stale == []
