"""Addresses of the country, theme and organisation pages, for the many tags a listing shows."""

from functools import lru_cache
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language

SLOT = "slot-key"


def tag_address(kind, key):
    """What `reverse("taxonomy:<kind>", args=[key])` gives, the pattern reversed once a
    language (a listing of 20 cards links 60 tags; reversing each was 5% of its render)."""
    return _address_pattern(kind, get_language(), get_script_prefix()).replace(SLOT, quote(key))


@lru_cache
def _address_pattern(kind, language, script_prefix):
    return reverse(f"taxonomy:{kind}", args=[SLOT])
