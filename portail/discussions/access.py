"""Who belongs to a country group: the officers of members with an active partnership in its
country, and the network's staff."""

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


def groups_of(user):
    """The live country groups `user` belongs to, by title."""
    return list(
        CountryGroupPage.objects.live()
        .filter(country_id__in=member_countries(user))
        .order_by("title")
    )
