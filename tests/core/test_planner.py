"""The database plans with statistics as soon as many pages arrive at once."""

import pytest
from django.db import connection

from portail.core.bulk import deferred_indexing
from tests import builders

pytestmark = pytest.mark.django_db


def planned_rows(table):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s", [table])
            return [int(row[0].split()[0]) for row in cursor.fetchall()]
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
        return [int(row[0]) for row in cursor.fetchall()]


def test_a_bulk_load_leaves_the_planner_knowing_how_many_pages_there_are():
    with deferred_indexing():
        for number in range(30):
            builders.news(f"Actualité {number}")
    assert max(planned_rows("wagtailcore_page"), default=0) >= 30


def vacuums(table):
    """How many times PostgreSQL vacuumed this table (None on SQLite: no vacuum)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = %s", [table])
        return cursor.fetchone()[0]


# Where a search reads on PostgreSQL: modelsearch's entries, and the match table that follows
# them (search migration 0005); both carry GIN indexes.
SEARCHED_TABLES = ("wagtailsearch_indexentry", "portail_search_match")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_bulk_load_outside_a_transaction_also_vacuums_the_search_tables_on_postgresql():
    before = [vacuums(table) for table in SEARCHED_TABLES]
    with deferred_indexing():
        for number in range(5):
            builders.news(f"Actualité {number}")
    assert max(planned_rows("wagtailcore_page"), default=0) >= 5
    if connection.vendor == "postgresql":  # each new entry written twice: dead copies gone
        assert [vacuums(table) for table in SEARCHED_TABLES] == [count + 1 for count in before]


@pytest.mark.postgresql
def test_postgresql_prices_random_reads_as_from_memory_or_ssd():
    """At the server's default (4), a word in 5 % of the pages was walked row by row through
    60,000–75,000 rows instead of read through the text index (settings, PG_RANDOM_PAGE_COST)."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == 1.1
