"""`field__any=[…]` finds what `field__in` finds, the list sent as one parameter on PostgreSQL."""

import pytest
from wagtail.models import Page

from portail.search.models import SearchItem
from tests import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_ids():
    return [builders.news(f"Actualité {number}").pk for number in range(3)]


def ids(queryset):
    return sorted(queryset.values_list("pk", flat=True))


def test_any_finds_what_in_finds(news_ids):
    wanted = [news_ids[0], news_ids[2], news_ids[2], None, 10**6]
    assert ids(Page.objects.filter(pk__any=wanted)) == ids(Page.objects.filter(pk__in=wanted))
    assert ids(Page.objects.filter(pk__any=wanted)) == [news_ids[0], news_ids[2]]
    assert ids(Page.objects.filter(pk__any=[])) == []
    assert ids(Page.objects.exclude(pk__any=news_ids).filter(pk__in=news_ids)) == []


def test_any_on_a_relation_finds_the_rows_pointing_at_those_ids(news_ids):
    found = SearchItem.objects.filter(page_id__any=news_ids[:2])
    assert sorted(found.values_list("page_id", flat=True)) == news_ids[:2]


def test_any_also_takes_a_subquery(news_ids):
    newest = Page.objects.filter(pk__in=news_ids).order_by("-pk").values("pk")[:1]
    assert ids(Page.objects.filter(pk__any=newest)) == [news_ids[-1]]


@pytest.mark.postgresql
def test_on_postgresql_the_list_is_one_parameter_whatever_its_length():
    sql, params = Page.objects.filter(pk__any=list(range(500))).query.sql_with_params()
    assert "= ANY(%s)" in sql
    assert len(params) == 1 and len(params[0]) == 500


def test_values_that_are_not_plain_integers_are_still_prepared_by_the_field(news_ids):
    as_text = [str(news_ids[0]), str(news_ids[1])]
    assert ids(Page.objects.filter(pk__any=as_text)) == sorted(news_ids[:2])
    found = SearchItem.objects.filter(page_id__any=as_text).values_list("page_id", flat=True)
    assert sorted(found) == sorted(news_ids[:2])
    pages = Page.objects.filter(pk__in=news_ids[:1])
    assert ids(SearchItem.objects.filter(page__any=list(pages))) == news_ids[:1]
