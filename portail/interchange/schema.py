"""The interchange format of PRODUCT.md: one JSON object a line, its required keys by kind."""

import datetime
import re
import zoneinfo

from django.utils.dateparse import parse_date, parse_datetime

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")

REQUIRED = {
    "site": ("name", "tagline"),
    "news": ("title", "date"),
    "event": ("title", "start"),
    "resource": ("title", "media"),
    "member": ("name", "type", "region", "siren"),
    "partnership": ("member", "authority", "country"),
    "country_group": ("country",),
    "fund": ("title", "crisis", "country", "opened"),
    "contribution": ("fund", "member", "amount", "date"),
    "call": ("title", "deadline"),
    "job": ("title", "employer", "contract", "place", "deadline"),
}
MEDIA = ("text", "photo", "sound", "video")
EVENT_STATUSES = ("scheduled", "postponed", "cancelled")


class LineError(Exception):
    """A line that cannot be imported; its message is the reason shown to the user."""


def check_item(item):
    """Raise LineError unless `item` is an object of a known kind with its required keys."""
    if not isinstance(item, dict):
        raise LineError("not a JSON object")
    kind = item.get("kind")
    if kind not in REQUIRED:
        raise LineError(f"unknown kind {kind!r} (expected one of: {', '.join(REQUIRED)})")
    missing = [key for key in REQUIRED[kind] if item.get(key) in (None, "")]
    if missing:
        raise LineError(
            f"missing required key{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"
        )
    for key in ("countries", "themes", "organisations", "documents", "contacts", "projects"):
        if key in item and not isinstance(item[key], list):
            raise LineError(f"{key} must be a list")
    if kind == "resource" and item["media"] not in MEDIA:
        raise LineError(f"media must be one of {', '.join(MEDIA)}, not {item['media']!r}")
    if kind == "event" and item.get("status", "scheduled") not in EVENT_STATUSES:
        raise LineError(
            f"status must be one of {', '.join(EVENT_STATUSES)}, not {item['status']!r}"
        )
    return kind


def to_date(value, key):
    """A YYYY-MM-DD date, or LineError."""
    try:
        parsed = (
            parse_date(value) if isinstance(value, str) and DATE_ONLY.fullmatch(value) else None
        )
    except ValueError:
        parsed = None
    if parsed is None:
        raise LineError(f"bad date in {key}: {value!r} (expected YYYY-MM-DD)")
    return parsed


def to_moment(value, key):
    """(aware datetime, all_day) from an ISO date or datetime; naive means Europe/Paris."""
    if not isinstance(value, str):
        raise LineError(f"bad date in {key}: {value!r}")
    if DATE_ONLY.fullmatch(value.strip()):
        return datetime.datetime.combine(
            to_date(value.strip(), key), datetime.time.min, tzinfo=PARIS
        ), True
    try:
        moment = parse_datetime(value)
    except ValueError:
        moment = None
    if moment is None:
        raise LineError(f"bad date in {key}: {value!r} (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    return (moment.replace(tzinfo=PARIS) if moment.tzinfo is None else moment), False
