"""PostgreSQL does the French itself, through the `portail_french` text search configuration
(unaccent then the French Snowball stemmer, created by the search app's migration)."""

from django.db import connections, router
from django.db.models.sql import Query
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.conf import get_app_config
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from ..french import words
from ..models import PostgresMatch


def has_words(query):
    """False for a query made only of punctuation ("-", "( )"), which PostgreSQL's backend
    would turn into an empty tsquery that matches some rows instead of none."""
    if isinstance(query, (PlainText, Phrase)):
        return bool(words(query.query_string))
    if isinstance(query, (And, Or)):
        return all(has_words(sub) for sub in query.subqueries)
    return True


class FrenchPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if not has_words(self.query):
            return self.queryset.none()
        return super().search(config, start, stop, score_field=score_field, backend=backend)


TITLE_WEIGHT = 4.0


class FrenchPostgresIndex(PostgresIndex):
    """modelsearch's index, writing the same entries at a fifth of its cost in Python: it
    reads every search field of an object five times (once per column it fills) and builds
    each vector as Django expressions compiled one by one — a third of an import's time on
    PostgreSQL. Here each object's fields are read once and the SQL is written directly
    (tests/search/test_postgres_index.py compares the entries with modelsearch's own)."""

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        rows = [indexed_texts(ObjectIndexer(obj, self.backend)) for obj in objs]
        if not rows:
            return
        content_type_pk = get_content_type_pk(model)
        values_sql, params = [], []
        for object_id, title, body, autocomplete in rows:
            params += [content_type_pk, object_id]
            vectors = [
                vector_sql(title, self.backend.config, params),
                vector_sql(autocomplete, self.backend.autocomplete_config, params),
                vector_sql(body, self.backend.config, params),
            ]
            values_sql.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
            params += [" ".join(t for t, _w in title), " ".join(t for t, _w in body)]
        table = get_app_config().get_model("IndexEntry")._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""INSERT INTO {table} (content_type_id, object_id, title, autocomplete,
                                         body, title_norm, title_text, body_text)
                    VALUES {", ".join(values_sql)}
                    ON CONFLICT (content_type_id, object_id)
                    DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0,
                                  autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,
                                  title_text = EXCLUDED.title_text,
                                  body_text = EXCLUDED.body_text""",
                params,
            )
        self._refresh_title_norms()


def indexed_texts(indexer):
    """(object id, title texts, body texts, autocomplete texts) of one object, each text with
    its weight, as modelsearch's ObjectIndexer sorts them: titles are the search fields named
    "title", the body every other search field, autocomplete the autocomplete fields."""
    title, body, autocomplete = [], [], []
    for field in indexer.search_fields:
        for current_field, weight, value in indexer.prepare_field(indexer.obj, field):
            text = value.strip()
            if not text:
                continue
            if isinstance(current_field, SearchField):
                (title if current_field.field_name == "title" else body).append((text, weight))
            elif isinstance(current_field, AutocompleteField):
                autocomplete.append((text, weight))
    return indexer.id, title, body, autocomplete


def vector_sql(texts, config, params):
    """The SQL of one column's vector (params appended): each text weighted, then joined."""
    if not texts:
        return "''::tsvector"
    parts = []
    for text, weight in texts:
        parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
        params += [config, text, weight]
    return "(" + " || ".join(parts) + ")"


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FrenchPostgresQueryCompiler
    index_class = FrenchPostgresIndex

    def ranked_ids(self, query, model, limit, candidates=None):
        """The ids of the `limit` best matches of `model` and its subclasses, with their score,
        best first: matched and ranked in the match table (models.PostgresMatch).

        With `candidates`, a query matching more entries than that ranks only the most
        recently indexed `candidates` of them: ts_rank reads both vectors of each row it
        ranks, 150 ms for a common word at 100,000."""
        if not has_words(query):
            return []
        compiler = self.query_compiler_class(model.objects.none(), query)
        connection = connections[router.db_for_read(PostgresMatch)]
        tsquery = compiled(compiler.build_tsquery(query, config=self.config), connection)
        types = list(get_descendants_content_types_pks(model))
        with connection.cursor() as cursor:
            cursor.execute(*ranking_sql(tsquery, types, limit, candidates))
            return [(int(object_id), score) for object_id, score in cursor.fetchall()]

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")


# The newest entries tested first, and how many of them must match for the newest matches to
# be found by testing entries one by one, newest first; fewer, and the text index hands over
# every match, to be sorted. Read from the entries themselves rather than from the planner's
# statistics, which take words found together ("développement durable") for independent.
# Where the two ways cross, measured over the 200 queries of bench/search_latency.py at
# 100,000 pages: about 7 % (docs/PERFORMANCE.md).
SAMPLE = 2000
DENSE = 140


def compiled(expression, connection):
    """The SQL and parameters of a query expression (the tsquery of a search)."""
    query = Query(PostgresMatch)
    return query.get_compiler(connection=connection).compile(expression.resolve_expression(query))


def ranking_sql(tsquery, types, limit, candidates):
    """One statement ranking the matches of `tsquery` (SQL, parameters) among the entries of
    content types `types`, or only the newest `candidates` of them.

    Ranked as they are read from the match table, no other row looked up. The newest
    matches are found one of two ways, each forced by how it is written, the statement
    running only the one its first part chooses: for a query matching 7 % of the newest
    entries or more (`DENSE`), the primary key walked down, each entry tested (`ts_match_vq`, which
    the text index cannot answer), until there are enough; for a rarer one, every match
    handed over by the text index, sorted (on `entry_id + 0`, which the primary key cannot
    answer). Each costs little where it is chosen and much where it is not: walking 100,000
    entries for a rare word, or sorting 20,000 matches of a common one."""
    q, q_params = tsquery
    rank = f"ts_rank(title, {q}) * %s + ts_rank(body, {q})"
    rank_params = [*q_params, TITLE_WEIGHT, *q_params]
    if not candidates:
        return (
            f"""SELECT object_id, {rank} AS score FROM portail_search_match
                WHERE content_type_id = ANY(%s) AND vector @@ {q}
                ORDER BY score DESC LIMIT %s""",
            [*rank_params, types, *q_params, limit],
        )
    sql = f"""
        WITH recent AS MATERIALIZED (
            SELECT count(*) AS found FROM (
                SELECT content_type_id, vector FROM portail_search_match
                ORDER BY entry_id DESC LIMIT %s
            ) newest
            WHERE content_type_id = ANY(%s) AND ts_match_vq(vector, {q})
        ), chosen AS (
            (SELECT object_id, title, body FROM portail_search_match
             WHERE (SELECT found FROM recent) >= %s
                   AND content_type_id = ANY(%s) AND ts_match_vq(vector, {q})
             ORDER BY entry_id DESC LIMIT %s)
            UNION ALL
            (SELECT object_id, title, body FROM portail_search_match
             WHERE (SELECT found FROM recent) < %s
                   AND content_type_id = ANY(%s) AND vector @@ {q}
             ORDER BY entry_id + 0 DESC LIMIT %s)
        )
        SELECT object_id, {rank} AS score FROM chosen ORDER BY score DESC LIMIT %s"""
    params = [SAMPLE, types, *q_params]
    params += [DENSE, types, *q_params, candidates]
    params += [DENSE, types, *q_params, candidates]
    return sql, [*params, *rank_params, limit]
