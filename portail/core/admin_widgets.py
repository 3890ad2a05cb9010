"""Date and date-time fields of the admin that keep what the editor typed.

Wagtail's picker replaces a value it cannot read in its one format with the current date when
the field loses focus: "2027-01-20 14:00" typed into an event became "now", and the event was
published at the wrong date. These widgets leave the typed text alone; the form reads
20/01/2027 14:00 as well as 2027-01-20 14:00 (French and ISO input formats) and says so when
it can read neither."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput


class TypedDateInput(AdminDateInput):
    def __init__(self, attrs=None, format=None):
        super().__init__(attrs={"placeholder": _("jj/mm/aaaa"), **(attrs or {})}, format=format)

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


class TypedDateTimeInput(AdminDateTimeInput):
    def __init__(self, attrs=None, format=None, time_format=None, **kwargs):
        attrs = {"placeholder": _("jj/mm/aaaa hh:mm"), **(attrs or {})}
        super().__init__(attrs=attrs, format=format, time_format=time_format, **kwargs)

    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


def use_typed_date_widgets():
    """From CoreConfig.ready(): after Wagtail's own registrations, which these replace."""
    register_form_field_override(models.DateField, override={"widget": TypedDateInput})
    register_form_field_override(models.DateTimeField, override={"widget": TypedDateTimeInput})


class SearchableCheckboxList(forms.CheckboxSelectMultiple):
    """A long list of choices (249 countries) as checkboxes under a box that filters them as
    the editor types, accents and case ignored, instead of a list to Ctrl-click."""

    template_name = "portail_admin/searchable_checkbox_list.html"

    class Media:
        js = ["js/admin-searchable-list.js"]
