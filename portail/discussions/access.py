"""Who belongs to a country group: the officers of members with an active partnership in its
country, and the network's staff."""

from django.conf import settings
from django.db.models import Q

from portail.network.models import CountryGroupPage, Partnership, PartnershipStatus


def member_countries(user):
    if not user.is_authenticated or user.member_id is None:
        return set()
    return set(
        Partnership.objects.filter(
            member_id=user.member_id, status=PartnershipStatus.ACTIVE
        ).values_list("country_id", flat=True)
    )


def is_moderator(user):
    return user.is_authenticated and (user.is_staff or user.is_superuser)


def can_read(user, group):
    return is_moderator(user) or group.country_id in member_countries(user)


def readers(group):
    """Who may read `group`'s discussions, as a filter on users: what can_read decides, in
    one query for any number of people."""
    return (
        Q(is_staff=True)
        | Q(is_superuser=True)
        | Q(
            member__partnerships__country_id=group.country_id,
            member__partnerships__status=PartnershipStatus.ACTIVE,
        )
    )


def groups_of(user):
    """The live country groups `user` belongs to, by title."""
    return list(
        CountryGroupPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)  # not their English versions
        .filter(country_id__in=member_countries(user))
        .order_by("title")
    )
