"""The relevance suite: every query finds its item among the first three results, on SQLite
and on PostgreSQL (the suite runs on both)."""

import datetime

import pytest
from django.utils import timezone

from portail.search.query import parse
from portail.search.selectors import ranked_page_ids
from tests import builders

from .corpus import TARGETS, distractors


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


def build(kind, title, text, day):
    date = timezone.localdate() - datetime.timedelta(days=day)
    if kind == "news":
        if text.startswith("pdf:"):
            document = builders.pdf(title="Documents de l’assemblée", text=(text[4:],))
            return builders.news(title, date=date, body="", documents=[("Documents", document)])
        return builders.news(title, date=date, body=f"<p>{text}</p>")
    if kind == "event":
        return builders.event(title, body=body(text))
    if kind == "resource":
        return builders.resource(title, body=body(text))
    if kind == "call":
        return builders.call(title, body=body(text))
    if kind == "job":
        return builders.job(title, body=body(text))
    if kind == "group":
        return builders.country_group(builders.country("AM"), lead=text)
    if kind == "fund":
        return builders.fund(title, country_code="YT", lead=text)
    raise ValueError(kind)


@pytest.fixture(scope="module")
def corpus(module_db):
    for day, (kind, title, text) in enumerate(distractors()):
        build(kind, title, text, day)
    return {query: build(kind, title, text, 0).pk for kind, title, text, query in TARGETS}


def test_the_corpus_is_large_enough():
    assert len(TARGETS) >= 30
    assert len(TARGETS) + len(distractors()) >= 200


@pytest.mark.django_db
@pytest.mark.parametrize("query", [target[3] for target in TARGETS])
def test_query_finds_its_item_among_the_first_three(corpus, query):
    first_three = [page_id for page_id, _score in ranked_page_ids(parse(query))[:3]]
    assert corpus[query] in first_three
