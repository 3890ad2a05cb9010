"""The members' side of the demo: a member's account, members-only content (a page and a
document in a private collection), a discussion in a country group, a meeting with its
registrations, newsletter subscribers."""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portail.accounts.services import members_group
from portail.agenda.models import EventPage
from portail.core.services import page_publish
from portail.discussions.models import Post
from portail.discussions.services import start_thread
from portail.documents.models import PortailDocument
from portail.network.models import CountryGroupPage, Partnership, PartnershipStatus
from portail.news.models import NewsPage, NewsPageDocument
from portail.newsletter.models import Subscriber
from portail.registrations.models import Attendance, Registration, RegistrationStatus

from .files import make_pdf_file

MEMBER_EMAIL = "adherent@portail.localhost"


def build_members_area(news_index, today, editor):
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
    _members_only_news(news_index, today)
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
    _open_registrations(group, user)
    _newsletter_readers(user)
    return MEMBER_EMAIL, password


def _group_with_members():
    active_countries = Partnership.objects.filter(status=PartnershipStatus.ACTIVE).values("country")
    return CountryGroupPage.objects.filter(country__in=active_countries).order_by("title").first()


def _members_only_news(news_index, today):
    collection = Collection.get_first_root_node().add_child(name="Réservé aux adhérents")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())
    title = "Relevé de décisions du bureau exécutif"
    document = PortailDocument.objects.create(
        title=title,
        collection=collection,
        file=make_pdf_file(
            "releve-de-decisions.pdf",
            title,
            ["Le bureau adopte le programme de travail et le budget prévisionnel."],
        ),
    )
    page = NewsPage(
        title=title,
        publication_date=today - datetime.timedelta(days=2),
        lead="Les décisions du dernier bureau exécutif, pour les collectivités adhérentes.",
        body=[("paragraph", "<p>Le bureau a adopté le programme de travail de l’année.</p>")],
    )
    page.documents = [NewsPageDocument(document=document, label="Relevé de décisions (PDF)")]
    page = page_publish(news_index, page)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())


def _newsletter_readers(user):
    """The member reads the newsletter; a second address has not confirmed yet."""
    now = timezone.now()
    Subscriber.objects.create(email=user.email, consent_at=now, confirmed_at=now)
    Subscriber.objects.create(email="lettre@example.org", consent_at=now)


def _open_registrations(group, user):
    """The group's next meeting (or the next event) takes registrations on the portal; the
    demo member and a partner have registered (rows, not register(): a demo mails no one)."""
    coming = EventPage.objects.live().filter(start__gte=timezone.now()).order_by("start")
    meeting = coming.filter(countries=group.country).first() or coming.first()
    if not meeting:
        return
    meeting.registration_enabled, meeting.capacity = True, 30
    meeting.save_revision().publish()
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
