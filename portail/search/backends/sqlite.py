"""SQLite's FTS5 folds case and accents but knows no French: each word of a query is looked
up by the prefix its stem shares with its inflections ("jumelages" → jumelag*), and titles
weigh more than bodies in the BM25 ranking.

The prefix is spelled out as the index's own words that begin with it ("jumelage" OR
"jumelages"), read from FTS5's vocabulary: FTS5 answers a prefix by merging the whole lists
of those words before it can stop anywhere, and a list of words one row at a time, so a
search that stops after its newest matches costs half as much."""

from functools import reduce

from django.db import connection
from django.db.models import Value
from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    LexemeCombinable,
    MatchExpression,
    SearchQueryExpression,
    SearchQueryField,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from portail.core.cache import cached

from ..french import prefix_for, words

# Columns of modelsearch's FTS5 table, in its order: autocomplete, body, title.
TITLE_WEIGHT = 4.0
MAX_SPELLED_OUT = 64  # words beginning with a prefix; beyond, FTS5 merges them itself
VOCABULARY = "portail_search_vocabulary"


class AnyOf(LexemeCombinable, Value):
    """Words of which any will do, in parentheses: FTS5 binds AND tighter than OR, and
    modelsearch's combined lexemes carry none."""

    _output_field = SearchQueryField()

    def as_sql(self, compiler, connection):
        return "(" + " OR ".join('"%s"' for _term in self.value) + ")", list(self.value)


def words_beginning(prefix):
    """The index's words that begin with `prefix` (FTS5's vocabulary table, made in the
    connection's temporary schema: nothing to migrate, back up or restore), or None when
    there are too many to spell out."""
    table = SQLiteFTSIndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY} USING fts5vocab(main, {table}, row)"
        )
        cursor.execute(
            f"SELECT term FROM temp.{VOCABULARY} WHERE term >= %s AND term < %s LIMIT %s",
            [prefix, prefix + "\U0010ffff", MAX_SPELLED_OUT + 1],
        )
        found = [term for (term,) in cursor.fetchall()]
    return found if len(found) <= MAX_SPELLED_OUT else None


def lexeme_for(term):
    """A query word as the index holds it: the words beginning as its stem does."""
    prefix = prefix_for(term)
    spelled_out = cached(f"search-words:{prefix}", lambda: words_beginning(prefix) or ())
    if spelled_out == ():  # none (nothing will match) or too many: FTS5 expands the prefix
        return Lexeme(prefix, prefix=True)
    return AnyOf(tuple(spelled_out))


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection)
        return f"{sql[:-1]}, 0.0, 1.0, {TITLE_WEIGHT})", params


class FrenchSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    """Only word characters reach FTS5's query syntax (the API passes `search` as typed); a
    query left without words finds nothing instead of failing."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            terms = words(query.query_string)
            if not terms:
                return None
            lexemes = None
            for term in terms:
                lexeme = lexeme_for(term)
                if lexemes is None:
                    lexemes = lexeme
                elif query.operator.upper() == "AND":
                    lexemes &= lexeme
                else:
                    lexemes |= lexeme
            return SearchQueryExpression(lexemes, config=config)
        if isinstance(query, Phrase):
            text = " ".join(words(query.query_string))
            return SearchQueryExpression(text) if text else None
        if isinstance(query, (And, Or)):
            parts = [
                self.build_search_query_content(sub, config=config) for sub in query.subqueries
            ]
            parts = [part for part in parts if part is not None]
            if not parts:
                return None
            return reduce(lambda a, b: a & b if isinstance(query, And) else a | b, parts)
        return super().build_search_query_content(query, config=config)

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if not isinstance(query, (MatchAll, Not)) and self.build_search_query(query) is None:
            return self.queryset.none()
        return super().search(config, start, stop, score_field=score_field)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not, And, Or)):
            return WeightedBM25()
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def _build_rank_expression(self, vectors, config):
        return self.build_tsrank(None, self.query, config=config)


class FrenchSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = FrenchSQLiteQueryCompiler

    def ranked_ids(self, query, model, limit, candidates=None):
        """The ids of the `limit` best matches of `model` and its subclasses, with their score,
        best first, read from the FTS index alone. modelsearch's own ranking annotates each
        matching object with a correlated subquery that runs the FTS match again: seconds at
        100,000 pages; this is one query that FTS5 drives.

        With `candidates`, a query matching more entries than that ranks only the most
        recently indexed `candidates` of them: FTS5 walks its matches in rowid order and stops
        there, where BM25 over every match of a common word costs a millisecond per 1,500."""
        compiler = self.query_compiler_class(model.objects.none(), query)
        built = compiler.build_search_query(normalize(query))
        if built is None or isinstance(built, (MatchAll, Not)):
            return []
        matches = SQLiteFTSIndexEntry.objects.filter(MatchExpression(["title", "body"], built))
        if candidates:
            edge = list(
                matches.order_by("-pk").values_list("pk", flat=True)[candidates - 1 : candidates]
            )
            if edge:
                matches = matches.filter(pk__gte=edge[0])
        rows = (
            matches.filter(index_entry__content_type__in=get_descendants_content_types_pks(model))
            .annotate(score=WeightedBM25())
            .order_by("score")
            .values_list("index_entry__object_id", "score")[:limit]
        )
        return [(int(object_id), score) for object_id, score in rows]
