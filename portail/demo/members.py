"""The members' side of the demo, what interchange lines cannot say: a member's account, a
discussion in a country group, registrations for a meeting, newsletter subscribers. (The
members-only news and its private document are lines of `records.py`.)"""

import secrets

from django.contrib.auth import get_user_model
from django.utils import timezone

from portail.accounts.services import members_group
from portail.agenda.models import EventPage
from portail.discussions.models import Post
from portail.discussions.services import start_thread
from portail.network.models import CountryGroupPage, Partnership, PartnershipStatus
from portail.newsletter.models import Subscriber
from portail.registrations.models import Attendance, Registration, RegistrationStatus

MEMBER_EMAIL = "adherent@portail.localhost"


def build_members_area(editor):
    group = _group_with_members()
    member = (
        Partnership.objects.filter(country=group.country, status=PartnershipStatus.ACTIVE)
        .order_by("member__sort_name")
        .first()
        .member
    )
    password = secrets.token_urlsafe(12)
    user = get_user_model().objects.create_user(
        email=MEMBER_EMAIL,
        password=password,
        first_name="Awa",
        last_name="Diallo",
        member=member,
        job_title="Chargée des relations internationales",
        consent_at=timezone.now(),
    )
    user.groups.add(members_group())
    thread = start_thread(
        group,
        user,
        "Mission conjointe au printemps",
        "Bonjour à toutes et à tous, nous préparons une mission au printemps. "
        "Qui souhaite se joindre à nous ? Nous pourrions mutualiser les rendez-vous.",
    )
    Post.objects.create(  # not reply(): a demo mails no one
        thread=thread,
        author=editor,
        body="Merci Awa : l’équipe peut organiser un point avec l’ambassade avant le départ.",
    )
    _open_registrations(user)
    _newsletter_readers(user)
    return MEMBER_EMAIL, password


def _group_with_members():
    active_countries = Partnership.objects.filter(status=PartnershipStatus.ACTIVE).values("country")
    groups = CountryGroupPage.objects.filter(
        locale__language_code="fr", country__in=active_countries
    )
    return groups.order_by("title").first()


def _newsletter_readers(user):
    """The member reads the newsletter; a second address has not confirmed yet."""
    now = timezone.now()
    Subscriber.objects.create(email=user.email, consent_at=now, confirmed_at=now)
    Subscriber.objects.create(email="lettre@example.org", consent_at=now)


def _open_registrations(user):
    """The demo member and a partner have registered for the meeting that takes
    registrations (rows, not register(): a demo mails no one)."""
    meeting = EventPage.objects.live().filter(registration_enabled=True).first()
    people = [
        (user.get_full_name(), user.email, user.member.name, user.job_title, Attendance.IN_PERSON),
        ("Moussa Ndiaye", "m.ndiaye@example.org", "Ville de Podor", "Adjoint", Attendance.ONLINE),
    ]
    for name, email, authority, role, attendance in people:
        Registration.objects.create(
            event=meeting,
            name=name,
            email=email,
            authority=authority,
            role=role,
            attendance=attendance,
            status=RegistrationStatus.CONFIRMED,
            consent_at=timezone.now(),
        )
