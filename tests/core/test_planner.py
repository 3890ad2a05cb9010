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
