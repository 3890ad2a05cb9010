from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portail.taxonomy.forms import TagFilterForm

FIRST_YEAR = 1975  # the network's oldest archives


class NewsFilterForm(TagFilterForm):
    annee = forms.TypedChoiceField(label=_("Année"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = range(timezone.localdate().year, FIRST_YEAR - 1, -1)
        self.fields["annee"].choices = [("", _("Toutes"))] + [(y, y) for y in years]

    def filter(self, queryset):
        queryset = super().filter(queryset)
        if self.is_bound and self.cleaned_data.get("annee"):
            queryset = queryset.filter(publication_date__year=self.cleaned_data["annee"])
        return queryset
