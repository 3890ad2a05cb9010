import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import Registration

STARTED_SALT = "portail.registrations.started"
FORM_LIFE = 24 * 3600


def started_token(at=None):
    """The signed moment a registration form was shown (its hidden `started` field)."""
    return signing.dumps(int(time.time() if at is None else at), salt=STARTED_SALT)


class RegistrationForm(forms.ModelForm):
    """A person's registration. A script posting the form would have to fetch it first and
    wait: the form carries the signed moment it was shown, and a registration sent sooner
    than REGISTRATION_MIN_SECONDS after it is refused with a message."""

    consent = forms.BooleanField(
        label=_(
            "J’accepte que ces informations servent à organiser cet événement ; elles sont "
            "effacées sur simple demande."
        )
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Registration
        fields = ["name", "email", "authority", "role", "attendance"]
        widgets = {"attendance": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = started_token()

    def clean_started(self):
        """A hidden field: what is wrong with it is said above the form."""
        try:
            shown = signing.loads(
                self.cleaned_data["started"], salt=STARTED_SALT, max_age=FORM_LIFE
            )
        except signing.BadSignature:
            self.show_again()
            self.add_error(
                None, _("Ce formulaire a expiré : vérifiez-le et envoyez-le de nouveau.")
            )
            return None
        if time.time() - shown < settings.REGISTRATION_MIN_SECONDS:
            self.add_error(
                None, _("Formulaire envoyé trop vite : vérifiez-le et envoyez-le de nouveau.")
            )
        return shown

    def show_again(self):
        """The form comes back with a fresh moment, so that sending it again works."""
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = started_token()

    def cleaned_fields(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
