from django import forms
from django.utils.translation import gettext_lazy as _

from portail.core.forms import ActiveFiltersMixin
from portail.core.text import fold

from .models import FrenchRegion, MemberKind


class MemberFilterForm(ActiveFiltersMixin, forms.Form):
    """?q=lyon&type=commune&region=ara&lettre=L; an unknown value is ignored, never an error."""

    q = forms.CharField(label=_("Nom"), required=False, max_length=100)
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("Tous")), *MemberKind.choices]
    )
    region = forms.ChoiceField(
        label=_("Région"), required=False, choices=[("", _("Toutes")), *FrenchRegion.choices]
    )
    lettre = forms.RegexField(regex=r"^[A-Za-z]$", required=False, widget=forms.HiddenInput)

    @property
    def letter(self):
        if not self.is_bound:
            return ""
        self.is_valid()
        return (self.cleaned_data.get("lettre") or "").upper()

    def filter(self, members):
        if not self.is_bound:
            return members
        self.is_valid()
        data = self.cleaned_data
        if data.get("q"):
            members = members.filter(sort_name__contains=fold(data["q"].strip()))
        if data.get("type"):
            members = members.filter(kind=data["type"])
        if data.get("region"):
            members = members.filter(region=data["region"])
        if data.get("lettre"):
            members = members.filter(sort_name__startswith=data["lettre"].lower())
        return members
