from django import forms
from django.utils.translation import gettext_lazy as _

from portail.core.forms import ActiveFiltersMixin

from .selectors import filter_choices


class TagFilterForm(ActiveFiltersMixin, forms.Form):
    """Filters shared by every listing: ?pays=sn&theme=jumelage&organisation=cglu.

    An unknown value is reported on the field and ignored, never an error page.
    """

    pays = forms.ChoiceField(label=_("Pays"), required=False)
    theme = forms.ChoiceField(label=_("Thème"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = filter_choices()
        everything = [("", _("Tous"))]
        self.fields["pays"].choices = everything + choices["countries"]
        self.fields["theme"].choices = everything + choices["themes"]
        self.fields["organisation"].choices = everything + choices["organisations"]

    def filter(self, queryset):
        """Apply the valid filters; an invalid one is ignored (and shown as such on the form)."""
        if not self.is_bound:
            return queryset
        self.is_valid()
        data = self.cleaned_data
        if data.get("pays"):
            queryset = queryset.filter(countries__code=data["pays"].upper())
        if data.get("theme"):
            queryset = queryset.filter(themes__slug=data["theme"])
        if data.get("organisation"):
            queryset = queryset.filter(organisations__slug=data["organisation"])
        return queryset
