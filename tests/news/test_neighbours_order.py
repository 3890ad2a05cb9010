"""Previous and next follow the listing's order exactly, same-day news included."""

import datetime

import pytest

from portail.news.selectors import news_neighbours, published_news
from tests import builders

pytestmark = pytest.mark.django_db


def test_neighbours_follow_the_listing_order_across_same_day_news():
    for n in range(9):
        builders.news(f"Actualité {n}", date=datetime.date(2026, 3, 1 + n // 3))
    listing = list(published_news())  # newest first
    for position, page in enumerate(listing):
        previous, following = news_neighbours(page)
        older = listing[position + 1] if position + 1 < len(listing) else None
        newer = listing[position - 1] if position > 0 else None
        assert (previous, following) == (older, newer)
