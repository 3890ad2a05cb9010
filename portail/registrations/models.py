from django.db import models
from django.utils.translation import gettext_lazy as _


class Attendance(models.TextChoices):
    IN_PERSON = "sur-place", _("Sur place")
    ONLINE = "en-ligne", _("En ligne")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmee", _("Confirmée")
    WAITING = "attente", _("Liste d’attente")
    CANCELLED = "annulee", _("Annulée")


class Registration(models.Model):
    """A person registered for an event of the agenda: confirmed while places remain, then on
    the waiting list, served first come first served."""

    event = models.ForeignKey(
        "agenda.EventPage",
        verbose_name=_("événement"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("nom et prénom"), max_length=200)
    email = models.EmailField(_("adresse électronique"))
    authority = models.CharField(_("collectivité ou organisme"), max_length=200)
    role = models.CharField(_("fonction"), max_length=200, blank=True)
    attendance = models.CharField(
        _("participation"), max_length=10, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    status = models.CharField(
        _("statut"), max_length=10, choices=RegistrationStatus.choices, db_index=True
    )
    created_at = models.DateTimeField(_("inscrit le"), auto_now_add=True)
    consent_at = models.DateTimeField(_("consentement le"))
    cancelled_at = models.DateTimeField(_("annulée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="annulee"),
                name="one_live_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def is_confirmed(self):
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waiting(self):
        return self.status == RegistrationStatus.WAITING

    @property
    def is_cancelled(self):
        return self.status == RegistrationStatus.CANCELLED
