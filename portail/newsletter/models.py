from django.db import models
from django.utils.translation import gettext_lazy as _


class SubscriberQuerySet(models.QuerySet):
    def receiving(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscriber(models.Model):
    """An address that asked for the newsletter; it receives it once confirmed (double
    opt-in) and until it unsubscribes."""

    email = models.EmailField(_("adresse électronique"), unique=True)
    created_at = models.DateTimeField(_("inscrite le"), auto_now_add=True)
    consent_at = models.DateTimeField(_("consentement le"))
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("désinscrite le"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("abonné·e")
        verbose_name_plural = _("abonné·es")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def is_receiving(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None


class Dispatch(models.Model):
    """One newsletter sent: the next one gathers the news published since."""

    subject = models.CharField(_("objet"), max_length=200)
    sent_at = models.DateTimeField(_("envoyée le"), db_index=True)
    recipients = models.PositiveIntegerField(_("destinataires"))

    class Meta:
        verbose_name = _("envoi")
        verbose_name_plural = _("envois")
        ordering = ["-sent_at"]

    def __str__(self):
        return self.subject
