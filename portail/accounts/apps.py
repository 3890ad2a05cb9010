from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "portail.accounts"
    verbose_name = _("Comptes des adhérents")

    def ready(self):
        from axes.models import AccessAttempt
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from . import signals

        user_logged_in.connect(signals.remember_reader, dispatch_uid="portail-remember-reader")
        user_logged_out.connect(signals.forget_reader, dispatch_uid="portail-forget-reader")

        from portail.core import personal_data

        def attempts(email):
            return AccessAttempt.objects.filter(username__iexact=email)

        # django-axes keeps failed logins (address, time) until they expire: personal data too.
        personal_data.register(
            "tentatives_de_connexion_echouees",
            lambda email, user: list(
                attempts(email).values("attempt_time", "ip_address", "failures_since_start")
            ),
            lambda email, user: attempts(email).delete(),
        )
