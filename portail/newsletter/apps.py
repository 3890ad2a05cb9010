from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "portail.newsletter"
    verbose_name = _("Lettre d’information")

    def ready(self):
        from portail.core import personal_data

        from .models import Subscriber

        personal_data.register(
            "lettre_d_information",
            lambda email, user: list(
                Subscriber.objects.filter(email__iexact=email).values(
                    "email", "created_at", "consent_at", "confirmed_at", "unsubscribed_at"
                )
            ),
            lambda email, user: Subscriber.objects.filter(email__iexact=email).delete(),
        )
