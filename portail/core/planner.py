"""The statistics the database plans its queries with, kept current where it would not keep
them itself."""

from django.db import connection
from modelsearch.conf import get_app_config

# PostgreSQL: the GIN index of the search (search app, migration 0003).
SEARCH_GIN_INDEX = "portail_indexentry_title_body_gin"


def refresh_statistics(**kwargs):
    """After many rows arrived at once, and after `migrate` on SQLite.

    SQLite gathers no statistics until told: without them it reads 130,000 pages through
    their language's index to show the home page's seven news (200 ms instead of 30).
    PostgreSQL's autovacuum comes later (if it is on); until it does, a GIN index keeps new
    entries in a list that every search reads through (18 ms instead of 1 at 100,000 pages),
    and the search index holds a dead copy of each new entry (modelsearch writes each entry
    twice, the second time for its title's length): a search for a common word walked both
    (p95 130-156 ms instead of 98-106 over 200 queries at 100,000 pages). Outside a
    transaction both are vacuumed away; inside one, the pending list is emptied."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # Whole: 0.3 s at 100,000 pages (a sample, PRAGMA analysis_limit, misjudged the
            # language's index as selective, and the home page stayed slow).
            cursor.execute("PRAGMA analysis_limit=0")
            cursor.execute("ANALYZE")
        elif connection.vendor == "postgresql":
            if not connection.in_atomic_block:
                entries = get_app_config().get_model("IndexEntry")._meta.db_table
                cursor.execute(f'VACUUM "{entries}"')  # its GIN pending list emptied too
            else:
                cursor.execute("SELECT to_regclass(%s)", [SEARCH_GIN_INDEX])
                if cursor.fetchone()[0] is not None:
                    cursor.execute(
                        "SELECT gin_clean_pending_list(%s::regclass)", [SEARCH_GIN_INDEX]
                    )
            cursor.execute("ANALYZE")  # after the vacuum: no dead rows counted


def refresh_after_migrate(**kwargs):
    if connection.vendor == "sqlite":
        refresh_statistics()
