"""The site's identity: `{"kind": "site", "name", "tagline", "logo", "default_image", "social":
{network: address}, "contact": {"email", "phone", "address"}}`."""

from wagtail.models import Site

from portail.core.models import SiteSettings
from portail.core.models.site_settings import SOCIAL_NETWORKS

from ..fields import Picture, dump_fields, load_fields
from ..schema import LineError
from .base import RecordKind

SOCIAL_ALIASES = {"twitter": "x"}
CONTACT_KEYS = ("email", "phone", "address")
IMAGES = (Picture("logo"), Picture("default_image"))


def _settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def _upsert(item, files):
    settings = _settings()
    settings.site_name, settings.tagline = item["name"], item.get("tagline", "")
    settings.tagline_en = item.get("tagline_en", "")
    load_fields(settings, item, files, IMAGES)
    social = item.get("social") or {}
    if not isinstance(social, dict):
        raise LineError("social must be an object of network → URL")
    for network, url in social.items():
        name = SOCIAL_ALIASES.get(network.lower(), network.lower())
        if name not in SOCIAL_NETWORKS:
            raise LineError(
                f"unknown social network {network!r} (known: {', '.join(SOCIAL_NETWORKS)})"
            )
        setattr(settings, name, url)
    contact = item.get("contact") or {}
    if isinstance(contact, str):
        contact = {"email": contact}
    for key in CONTACT_KEYS:
        setattr(settings, f"contact_{key}", contact.get(key, getattr(settings, f"contact_{key}")))
    settings.save()
    return settings


def _export(exporter):
    if not Site.objects.filter(is_default_site=True).exists():
        return
    settings = _settings()
    item = {"kind": "site", "name": settings.site_name, "tagline": settings.tagline}
    if settings.tagline_en:
        item["tagline_en"] = settings.tagline_en
    dump_fields(settings, item, exporter, IMAGES)
    social = {name: getattr(settings, name) for name in SOCIAL_NETWORKS if getattr(settings, name)}
    if social:
        item["social"] = social
    contact = {
        key: getattr(settings, f"contact_{key}")
        for key in CONTACT_KEYS
        if getattr(settings, f"contact_{key}")
    }
    if contact:
        item["contact"] = contact
    yield item


SITE = RecordKind(
    required=("name", "tagline"),
    key=lambda item: "site",
    upsert=_upsert,
    export=_export,
    carries={
        SiteSettings: {
            "site_name",
            "tagline",
            "tagline_en",
            "logo",
            "default_image",
            *SOCIAL_NETWORKS,
            *(f"contact_{key}" for key in CONTACT_KEYS),
        }
    },
)
