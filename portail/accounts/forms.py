from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AccountRequest

CONSENT_LABEL = _(
    "J’accepte que ces informations servent à gérer mon compte ; je peux les télécharger ou "
    "les faire effacer depuis mon espace."
)


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("Adresse électronique"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )


class InvitedPasswordResetForm(PasswordResetForm):
    """Django mails only accounts that have a password; an invited member who lost the
    invitation has none yet, and asks here for the same link."""

    def get_users(self, email):
        return get_user_model()._default_manager.filter(email__iexact=email, is_active=True)


class AccountRequestForm(forms.ModelForm):
    consent = forms.BooleanField(label=CONSENT_LABEL)

    class Meta:
        model = AccountRequest
        fields = ["first_name", "last_name", "email", "member", "job_title", "message"]
        help_texts = {
            "member": _("Votre collectivité doit être adhérente du réseau."),
            "message": _("Facultatif : ce qui aidera l’équipe à reconnaître votre demande."),
        }

    def cleaned_fields(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Votre mot de passe, pour confirmer"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Ce mot de passe n’est pas le bon."))
        return password


class ChoosePasswordForm(SetPasswordForm):
    """Choosing a password; a person invited by staff, who has not consented yet, consents
    here."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        if user is not None and user.consent_at is None:  # None: the link is not valid
            self.fields["consent"] = forms.BooleanField(label=CONSENT_LABEL)

    def save(self, commit=True):
        if "consent" in self.fields:
            self.user.consent_at = timezone.now()
        return super().save(commit)
