"""The interchange format of PRODUCT.md: one JSON object a line; dates and moments."""

import datetime
import re
import zoneinfo

from django.utils.dateparse import parse_date, parse_datetime

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


class LineError(Exception):
    """A line that cannot be imported; its message is the reason shown to the user."""


def check_item(item, kinds):
    """The kind of `item`, or LineError unless it is an object of a known kind (one of
    `kinds`, name → kind) with its required keys."""
    if not isinstance(item, dict):
        raise LineError("not a JSON object")
    kind = item.get("kind")
    if kind not in kinds:
        raise LineError(f"unknown kind {kind!r} (expected one of: {', '.join(kinds)})")
    missing = [key for key in kinds[kind].required if item.get(key) in (None, "")]
    if missing:
        raise LineError(
            f"missing required key{'s' if len(missing) > 1 else ''}: {', '.join(missing)}"
        )
    for key in ("countries", "themes", "organisations", "documents", "contacts", "projects"):
        if key in item and not isinstance(item[key], list):
            raise LineError(f"{key} must be a list")
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
