from django import forms
from django.utils.translation import gettext_lazy as _

from portail.taxonomy.forms import TagFilterForm

from .models import Media


class ResourceFilterForm(TagFilterForm):
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("Tous")), *Media.choices]
    )

    def filter(self, queryset):
        queryset = super().filter(queryset)
        if self.is_bound and self.cleaned_data.get("type"):
            queryset = queryset.filter(media=self.cleaned_data["type"])
        return queryset
