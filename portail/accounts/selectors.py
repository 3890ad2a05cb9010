from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from portail.agenda.models import Agenda
from portail.core.selectors import section_url
from portail.discussions.access import groups_of
from portail.newsletter.models import Subscriber
from portail.newsletter.services import unsubscribe_path
from portail.registrations.models import Registration, RegistrationStatus
from portail.registrations.services import token_for

READABLE_LIMIT = 20


def members_only_pages(user, limit=READABLE_LIMIT):
    """The latest live pages under a "members" restriction that `user` passes (what
    PageViewRestriction.accept_request decides, in two queries for all restrictions)."""
    restrictions = (
        PageViewRestriction.objects.filter(
            restriction_type__in=[PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]
        )
        .select_related("page")
        .prefetch_related("groups")
    )
    own_groups = set(user.groups.values_list("pk", flat=True))
    paths = [
        restriction.page.path
        for restriction in restrictions
        if user.is_superuser
        or restriction.restriction_type == PageViewRestriction.LOGIN
        or own_groups & {group.pk for group in restriction.groups.all()}
    ]
    if not paths:
        return []
    readable = Q()
    for path in paths:
        readable |= Q(path__startswith=path)
    return list(
        Page.objects.live().filter(readable).specific().order_by("-first_published_at")[:limit]
    )


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
        "unsubscribe_url": unsubscribe_path(subscriber) if subscriber else "",
        "groups": groups_of(user),
        "reserved": members_only_pages(user),
    }
