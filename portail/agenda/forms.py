from django import forms
from django.utils.translation import gettext_lazy as _

from portail.taxonomy.forms import TagFilterForm

from .models import EventKind


class AgendaFilterForm(TagFilterForm):
    """?periode=passes for past events, ?mois=2026-01 for a month, plus tags and type."""

    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("Tous")), *EventKind.choices]
    )
    periode = forms.ChoiceField(
        label=_("Période"),
        required=False,
        choices=[("", _("À venir")), ("passes", _("Passés"))],
    )
    mois = forms.DateField(label=_("Mois"), required=False, input_formats=["%Y-%m"])

    # The month view shows the months around: year 1 or 9999 would step out of the calendar.
    YEARS = range(1900, 2201)

    def clean_mois(self):
        month = self.cleaned_data.get("mois")
        if month and month.year not in self.YEARS:
            raise forms.ValidationError(_("Choisissez un mois entre 1900 et 2200."))
        return month

    def filter(self, queryset):
        queryset = super().filter(queryset)
        if self.is_bound and self.cleaned_data.get("type"):
            queryset = queryset.filter(kind=self.cleaned_data["type"])
        return queryset

    @property
    def month(self):
        return self.cleaned_data.get("mois") if self.is_bound else None

    @property
    def past(self):
        return self.is_bound and self.cleaned_data.get("periode") == "passes"
