"""Pages past the middle are read from the end: same items, same order as reading from the
start, including among items of the same date."""

import datetime

import pytest
from django.core.paginator import Paginator

from portail.core.pagination import TwoEndedPaginator
from portail.news.selectors import published_news
from tests import builders

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("per_page, orphans", [(10, 0), (7, 2), (25, 0)])
def test_every_page_matches_plain_pagination(per_page, orphans):
    for n in range(23):
        builders.news(f"Actualité {n}", date=datetime.date(2026, 1, 1 + n // 4))
    plain = Paginator(published_news(), per_page, orphans=orphans)
    two_ended = TwoEndedPaginator(published_news(), per_page, orphans=orphans)
    assert two_ended.num_pages == plain.num_pages
    for number in plain.page_range:
        assert list(two_ended.page(number).object_list) == list(plain.page(number).object_list)


def test_the_count_is_read_once_per_content_version(django_assert_num_queries):
    builders.news("Une")
    news = published_news()
    with django_assert_num_queries(1):
        assert TwoEndedPaginator(news, 10, count_key="news:").count == 1
    with django_assert_num_queries(0):
        assert TwoEndedPaginator(news, 10, count_key="news:").count == 1
    builders.news("Deux")  # a publication moves the content version
    news = published_news()
    with django_assert_num_queries(1):
        assert TwoEndedPaginator(news, 10, count_key="news:").count == 2
