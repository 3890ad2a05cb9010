from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

MEMBERS_GROUP = "Adhérents"


class RequestStatus(models.TextChoices):
    PENDING = "attente", _("À examiner")
    APPROVED = "acceptee", _("Acceptée : compte ouvert")
    REFUSED = "refusee", _("Refusée")


class AccountRequest(models.Model):
    """A request for a member account, made on the site or by staff (an invitation); accepting
    it opens the account and mails the person a link to choose a password."""

    first_name = models.CharField(_("prénom"), max_length=150)
    last_name = models.CharField(_("nom"), max_length=150)
    email = models.EmailField(_("adresse électronique"))
    member = models.ForeignKey(
        "network.Member",
        verbose_name=_("collectivité adhérente"),
        on_delete=models.CASCADE,
        related_name="account_requests",
    )
    job_title = models.CharField(_("fonction"), max_length=200)
    message = models.TextField(_("message"), blank=True, max_length=2000)
    status = models.CharField(
        _("décision"),
        max_length=10,
        choices=RequestStatus.choices,
        default=RequestStatus.PENDING,
        db_index=True,
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invitation de"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("demandé le"), auto_now_add=True)
    consent_at = models.DateTimeField(_("consentement le"), null=True, blank=True)
    decided_at = models.DateTimeField(_("décidé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("demande de compte")
        verbose_name_plural = _("demandes de compte")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.first_name} {self.last_name} – {self.member}"
