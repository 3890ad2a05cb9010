from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailUserManager(UserManager):
    """Accounts are identified by their e-mail address; there is no username."""

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError(_("Une adresse e-mail est obligatoire."))
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def get_by_natural_key(self, username):
        """Logins find the account whatever the case the address is typed in (addresses are
        kept in lower case)."""
        return self.get(email=str(username).lower())

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person: network staff, a member authority's officer, or a partner."""

    username = None
    email = models.EmailField(_("adresse e-mail"), unique=True)
    member = models.ForeignKey(
        "network.Member",
        verbose_name=_("collectivité adhérente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="accounts",
    )
    job_title = models.CharField(_("fonction"), max_length=200, blank=True)
    consent_at = models.DateTimeField(
        _("consentement le"),
        null=True,
        blank=True,
        help_text=_("Date à laquelle la personne a accepté le traitement de ses données."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")

    def __str__(self):
        return self.get_full_name() or self.email
