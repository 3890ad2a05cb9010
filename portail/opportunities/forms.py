from django import forms
from django.utils.translation import gettext_lazy as _

from portail.taxonomy.forms import TagFilterForm


class OpportunityFilterForm(TagFilterForm):
    """The shared tag filters, plus the kind of opportunity and open or closed calls."""

    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[
            ("", _("Tous")),
            ("appels", _("Appels à projets")),
            ("offres", _("Offres d’emploi")),
        ],
    )
    etat = forms.ChoiceField(
        label=_("État"),
        required=False,
        choices=[("", _("Ouverts")), ("clos", _("Clos"))],
    )

    @property
    def closed(self):
        if not self.is_bound:
            return False
        self.is_valid()
        return self.cleaned_data.get("etat") == "clos"

    def shows(self, kind):
        if not self.is_bound:
            return True
        self.is_valid()
        return self.cleaned_data.get("type") in ("", None, kind)
