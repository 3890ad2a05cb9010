from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingMail(models.Model):
    """A mail the mail server did not take: kept, tried again every minute by the scheduler,
    shown to staff in the admin. The visitor who caused it got the page they expected."""

    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    recipients = models.TextField(_("destinataires"))
    subject = models.CharField(_("objet"), max_length=998)
    # The whole message (parts, attachments, headers), as Django's e-mail framework builds it.
    payload = models.BinaryField()
    attempts = models.PositiveIntegerField(_("essais"), default=1)
    last_error = models.TextField(_("dernière erreur"), blank=True)

    class Meta:
        verbose_name = _("courriel en attente")
        verbose_name_plural = _("courriels en attente")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.subject} → {self.recipients}"
