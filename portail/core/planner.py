"""The statistics the database plans its queries with, kept current where it would not keep
them itself."""

from django.db import connection

# PostgreSQL: the tables of this schema that carry a GIN index (the search's), and those
# indexes.
GIN_INDEXES = """
    SELECT tables.relname, indexes.oid
      FROM pg_index
      JOIN pg_class indexes ON indexes.oid = pg_index.indexrelid
      JOIN pg_am ON pg_am.oid = indexes.relam
      JOIN pg_class tables ON tables.oid = pg_index.indrelid
      JOIN pg_namespace ON pg_namespace.oid = tables.relnamespace
     WHERE pg_am.amname = 'gin' AND pg_namespace.nspname = current_schema()
"""


def refresh_statistics(**kwargs):
    """After many rows arrived at once, and after `migrate` on SQLite.

    SQLite gathers no statistics until told: without them it reads 130,000 pages through
    their language's index to show the home page's seven news (200 ms instead of 30).
    PostgreSQL's autovacuum comes later (if it is on); until it does, a GIN index keeps new
    entries in a list that every search reads through (18 ms instead of 1 at 100,000 pages),
    and the tables of the search hold a dead copy of each new entry (modelsearch writes each
    entry twice, the second time for its title's length, and the match table follows it): a
    search for a common word walked both (p95 130-156 ms instead of 98-106 over 200 queries at
    100,000 pages). Outside a transaction the tables with a GIN index are vacuumed, which
    does both; inside one, their pending lists are emptied."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # Whole: 0.3 s at 100,000 pages (a sample, PRAGMA analysis_limit, misjudged the
            # language's index as selective, and the home page stayed slow).
            cursor.execute("PRAGMA analysis_limit=0")
            cursor.execute("ANALYZE")
        elif connection.vendor == "postgresql":
            cursor.execute(GIN_INDEXES)
            gin = cursor.fetchall()
            if not connection.in_atomic_block:
                for table in sorted({table for table, _ in gin}):
                    cursor.execute(f"VACUUM {connection.ops.quote_name(table)}")
            else:
                for _, index in gin:
                    cursor.execute("SELECT gin_clean_pending_list(%s::oid::regclass)", [index])
            cursor.execute("ANALYZE")  # after the vacuum: no dead rows counted


def refresh_after_migrate(**kwargs):
    if connection.vendor == "sqlite":
        refresh_statistics()
