"""What the portal keeps about a person, gathered or erased on request (RGPD articles 15, 17
and 20): the account, and every source registered with portail.core.personal_data."""

import json

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from portail.core.personal_data import SOURCES

from .models import AccountRequest


def account_of(email):
    return get_user_model().objects.filter(email__iexact=email).select_related("member").first()


def export(email):
    user = account_of(email)
    data = {"adresse": email, "exporte_le": timezone.now()}
    if user is not None:
        data["compte"] = {
            "prenom": user.first_name,
            "nom": user.last_name,
            "adresse": user.email,
            "collectivite": str(user.member) if user.member else None,
            "fonction": user.job_title,
            "cree_le": user.date_joined,
            "derniere_connexion": user.last_login,
            "consentement_le": user.consent_at,
            "groupes": sorted(user.groups.values_list("name", flat=True)),
        }
    data["demandes_de_compte"] = list(
        AccountRequest.objects.filter(email__iexact=email).values(
            "first_name",
            "last_name",
            "member__name",
            "job_title",
            "message",
            "status",
            "created_at",
            "consent_at",
            "decided_at",
        )  # fmt: skip
    )
    for source in SOURCES:
        data[source.name] = source.export(email, user)
    return data


def export_json(email):
    return json.dumps(export(email), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def erase(email):
    """Everything about `email` goes; what others need keeps no trace of the person (a message
    in a discussion stays, signed "compte supprimé")."""
    user = account_of(email)
    with transaction.atomic():
        for source in SOURCES:
            source.erase(email, user)
        AccountRequest.objects.filter(email__iexact=email).delete()
        if user is not None:
            user.delete()
