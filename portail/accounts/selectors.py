from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from portail.agenda.models import Agenda
from portail.core.selectors import section_url
from portail.discussions.access import groups_of
from portail.newsletter.models import Subscriber
from portail.newsletter.services import unsubscribe_link
from portail.registrations.models import Registration, RegistrationStatus
from portail.registrations.services import token_for

READABLE_LIMIT = 20


def members_only_pages(user, limit=READABLE_LIMIT):
    """The latest live pages under a "members" restriction that `user` passes."""
    restrictions = PageViewRestriction.objects.filter(
        restriction_type__in=[PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
    ).select_related("page")
    paths = [r.page.path for r in restrictions if r.accept_request(_AsRequest(user))]
    if not paths:
        return []
    pages = Page.objects.none()
    for path in paths:
        pages |= Page.objects.live().filter(path__startswith=path)
    return list(pages.specific().order_by("-first_published_at")[:limit])


class _AsRequest:
    """What PageViewRestriction.accept_request reads of a request: its user."""

    def __init__(self, user):
        self.user = user
        self.session = {}


def space_context(user):
    registrations = (
        Registration.objects.filter(email__iexact=user.email)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("event")
        .order_by("event__start")
    )
    now = timezone.now()
    for registration in registrations:
        registration.link = reverse("registrations:status", args=[token_for(registration)])
    subscriber = Subscriber.objects.filter(email__iexact=user.email).first()
    return {
        "agenda_url": section_url(Agenda),
        "coming": [r for r in registrations if r.event.end >= now],
        "past": [r for r in registrations if r.event.end < now][-10:],
        "subscriber": subscriber,
        "unsubscribe_url": unsubscribe_link(subscriber) if subscriber else "",
        "groups": groups_of(user),
        "reserved": members_only_pages(user),
    }
