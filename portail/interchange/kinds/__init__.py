"""Every kind of line, by name, and the order an export writes them in: what a line names
comes before it (collections before documents, members before partnerships, funds before
the news about them, news before the home page that pins one)."""

from portail.documents.models import PortailDocument
from portail.images.models import PortailImage

from ..pictures import PICTURE_KEYS
from . import sections
from .collections import COLLECTION
from .country_groups import COUNTRY_GROUP
from .events import EVENT, SERIES_CARRIES
from .funds import CONTRIBUTION, FUND
from .members import MEMBER, PARTNERSHIP
from .news import NEWS
from .opportunities import CALL, JOB
from .resources import RESOURCE
from .site import SITE
from .taxonomy import CONTACT, ORGANISATION, THEME

KINDS = {
    "site": SITE,
    "collection": COLLECTION,
    "theme": THEME,
    "organisation": ORGANISATION,
    "contact": CONTACT,
    "section": sections.SECTION,
    "page": sections.PAGE,
    "member": MEMBER,
    "partnership": PARTNERSHIP,
    "country_group": COUNTRY_GROUP,
    "fund": FUND,
    "contribution": CONTRIBUTION,
    "news": NEWS,
    "event": EVENT,
    "resource": RESOURCE,
    "call": CALL,
    "job": JOB,
}
EXPORT_ORDER = (
    "site",
    "collection",
    "theme",
    "organisation",
    "contact",
    "section",
    "page",
    "member",
    "partnership",
    "country_group",
    "fund",
    "contribution",
    "news",
    "event",
    "resource",
    "call",
    "job",
    sections.export_home,
)


def carried_fields():
    """model → the names of its fields that lines carry (an inline panel's as
    "relation.field"), for the test that every field an editor can set is carried."""
    carried = {
        PortailImage: {"title", "file", *PICTURE_KEYS.values(), "collection"},
        PortailDocument: {"title", "file", "collection", "language"},
        **SERIES_CARRIES,
    }
    for kind in KINDS.values():
        for model, names in kind.covers().items():
            carried.setdefault(model, set()).update(names)
    return carried


# What an editor can set that no line carries, and why ("app.Model.field"; * for any model
# or any field). docs/IMPORT.md repeats it.
NOT_CARRIED = {
    "*.go_live_at": "pages are exported live and imported published: a schedule is the "
    "moment of an editor's publication, not content",
    "*.comments": "editors' comments on a draft are a conversation of the back office",
    "core.HomePage.slug": "the home page is the site's root: its address is the site's own",
    "images.PortailImage.tags": "the back office's own filing of images",
    "images.PortailImage.focal_point_x": "set on the image by editors in the back office",
    "images.PortailImage.focal_point_y": "set on the image by editors in the back office",
    "images.PortailImage.focal_point_width": "set on the image by editors in the back office",
    "images.PortailImage.focal_point_height": "set on the image by editors in the back office",
    "documents.PortailDocument.tags": "the back office's own filing of documents",
    "taxonomy.Country.*": "the reference list of countries ships with the portal; lines name "
    "countries by code or name",
}


def not_carried(model, name):
    """Why that field of that model is not carried, or None."""
    label = model._meta.label
    for pattern in (f"{label}.{name}", f"*.{name}", f"{label}.*"):
        if pattern in NOT_CARRIED:
            return NOT_CARRIED[pattern]
    return None
