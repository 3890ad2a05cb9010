"""PostgreSQL does the French itself, through the `portail_french` text search configuration
(unaccent then the French Snowball stemmer, created by the search app's migration)."""

from django.contrib.postgres.search import SearchRank
from django.db.models import F, Window
from django.db.models.functions import RowNumber
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


def newest(matches, candidates):
    """The primary keys of the `candidates` most recently indexed of `matches`. The planner
    chooses how: for a common word it walks the primary key down, testing each row, and stops
    at the last one wanted; for a rarer one it reads all the matches through the GIN index and
    keeps the newest. In the narrow table the walk costs 0.1–0.3 µs a row, so its choice
    never costs much (the 200 queries of bench/search_latency.py: p95 17 ms at 100,000 pages
    whether it chooses, or the portal chose from the planner's estimate of the matches)."""
    newness = Window(RowNumber(), order_by=F("pk").desc())
    # Sliced as well: the limit tells the planner how few rows come out.
    return (
        matches.annotate(newness=newness).filter(newness__lte=candidates).values("pk")[:candidates]
    )


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
        best first: matched in the narrow table of joined vectors (models.PostgresMatch), then
        ranked on the index entries' title and body vectors.

        With `candidates`, a query matching more entries than that ranks only the most
        recently indexed `candidates` of them: ts_rank reads both vectors of each row it
        ranks, 7 µs a row, 150 ms for a common word at 100,000."""
        if not has_words(query):
            return []
        compiler = self.query_compiler_class(model.objects.none(), query)
        tsquery = compiler.build_tsquery(query, config=self.config)
        matches = PostgresMatch.objects.filter(
            content_type_id__in=get_descendants_content_types_pks(model), vector=tsquery
        )
        matching = newest(matches, candidates) if candidates else matches.values("pk")
        rows = (
            get_app_config()
            .get_model("IndexEntry")
            .objects.filter(pk__in=matching)
            .annotate(
                score=SearchRank(F("title"), tsquery) * TITLE_WEIGHT
                + SearchRank(F("body"), tsquery)
            )
            .order_by("-score")
            .values_list("object_id", "score")[:limit]
        )
        return [(int(object_id), score) for object_id, score in rows]

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")
