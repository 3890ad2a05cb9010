from django import forms
from django.utils.translation import gettext_lazy as _


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Adresse électronique"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    consent = forms.BooleanField(
        label=_(
            "J’accepte de recevoir la lettre du portail à cette adresse ; chaque lettre permet "
            "de se désabonner en un clic."
        )
    )
