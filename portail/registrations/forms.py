from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Registration


class RegistrationForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "J’accepte que ces informations servent à organiser cet événement ; elles sont "
            "effacées sur simple demande."
        )
    )

    class Meta:
        model = Registration
        fields = ["name", "email", "authority", "role", "attendance"]
        widgets = {"attendance": forms.RadioSelect}

    def cleaned_fields(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
