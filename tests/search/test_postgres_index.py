"""The portal's PostgreSQL index writes the entries modelsearch's own would write: the same
vectors (lexemes, positions, weights), the same plain texts, for every kind of page."""

import pytest
from django.core.management import call_command
from django.db import connection
from modelsearch.backends.database.postgres.postgres import PostgresIndex
from modelsearch.index import get_indexed_models
from wagtail.search.backends import get_search_backend

from portail.core.bulk import indexing_queryset
from portail.search import selectors
from portail.search.backends import postgres
from portail.search.backends.postgres import FrenchPostgresIndex
from portail.search.query import parse
from portail.search.selectors import ranked_page_ids
from tests import builders

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def entries():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT content_type_id, object_id, title::text, autocomplete::text, body::text,"
            " title_text, body_text FROM wagtailsearch_indexentry ORDER BY 1, 2"
        )
        return cursor.fetchall()


def index_everything(add_items):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailsearch_indexentry")
    backend = get_search_backend()
    for model in get_indexed_models():
        objects = list(indexing_queryset(model))
        if objects:
            index = backend.get_index_for_model(model)
            assert isinstance(index, FrenchPostgresIndex)
            add_items(index, model, objects)
    return entries()


def test_entries_are_those_modelsearch_writes():
    document = builders.pdf(title="Rapport d’activité", text=("Coopération décentralisée.",))
    builders.news(
        "Jumelage avec Saint-Louis",
        body="<p>Les élus de la région ont signé l’accord.</p>",
        documents=[("Rapport", document)],
    )
    builders.event("Assises de la coopération", countries=[builders.country("SN")])
    builders.resource("Guide des jumelages", media="text")
    builders.member("Ville de Rennes")

    theirs = index_everything(PostgresIndex.add_items)
    ours = index_everything(FrenchPostgresIndex.add_items)

    assert len(ours) > 10
    assert any("jumelag" in row[4] or "jumelag" in row[2] for row in ours)
    assert ours == theirs


def matched_vectors():
    """What the search matches and ranks (the match table) beside what it should: each index
    entry's object, title and body joined, title, body."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry_id, content_type_id, object_id, vector::text, title::text, body::text"
            " FROM portail_search_match ORDER BY 1"
        )
        matched = cursor.fetchall()
        cursor.execute(
            "SELECT id, content_type_id, object_id, (title || body)::text, title::text,"
            " body::text FROM wagtailsearch_indexentry ORDER BY 1"
        )
        return matched, cursor.fetchall()


def found(words):
    return {page_id for page_id, _score in ranked_page_ids(parse(words))}


def test_what_search_matches_follows_every_change_of_the_index():
    page = builders.news("Jumelage avec Dakar", body="<p>Les élus signent l’accord.</p>")
    other = builders.news("Partenariat avec Hué")
    assert found("Dakar") == {page.pk}
    matched, expected = matched_vectors()
    assert matched == expected and len(matched) >= 2

    page.title = "Jumelage avec Ziguinchor"
    page.save_revision().publish()
    assert found("Dakar") == set() and found("Ziguinchor") == {page.pk}
    matched, expected = matched_vectors()
    assert matched == expected

    page.delete()
    assert found("Ziguinchor") == set() and found("Hué") == {other.pk}
    matched, expected = matched_vectors()
    assert matched == expected

    with connection.cursor() as cursor:  # as a flush of the database does
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's transaction has some due
        cursor.execute("TRUNCATE wagtailsearch_indexentry")
    assert matched_vectors() == ([], [])
    call_command("update_index", verbosity=0)
    assert found("Hué") == {other.pk}
    matched, expected = matched_vectors()
    assert matched == expected and len(matched) >= 1


def ranked_from_the_entries(words, newest):
    """The oracle: the `newest` entries matching `words`, ranked on the index entries alone."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT object_id::int, score FROM (
                   SELECT id, object_id, ts_rank(title, q) * 4.0 + ts_rank(body, q) AS score
                   FROM wagtailsearch_indexentry, to_tsquery('portail_french', %s) q
                   WHERE (title || body) @@ q ORDER BY id DESC LIMIT %s) newest
               ORDER BY score DESC, object_id""",
            [words, newest],
        )
        return [(page_id, round(score, 6)) for page_id, score in cursor.fetchall()]


@pytest.mark.parametrize("dense", [0, postgres.SAMPLE + 1], ids=["walked", "indexed"])
def test_both_ways_to_the_newest_matches_rank_as_the_entries_do(monkeypatch, dense):
    for n in range(4):
        builders.news(f"Partenariat ancien {n}", body="<p>Un partenariat.</p>")
    for n in range(3):
        builders.news(f"Récent {n}", body="<p>Partenariat, " + "partenariat, " * n + "fin.</p>")
    builders.news("Jumelage sans rapport")
    monkeypatch.setattr(postgres, "DENSE", dense)
    monkeypatch.setattr(selectors, "CANDIDATES", 5)
    ranked = [
        (page_id, round(score, 6)) for page_id, score in ranked_page_ids(parse("partenariat"))
    ]
    assert len(ranked) == 5
    assert sorted(ranked, key=lambda pair: (-pair[1], pair[0])) == ranked_from_the_entries(
        "partenariat", 5
    )
