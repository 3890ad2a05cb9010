"""PostgreSQL does the French itself, through the `portail_french` text search configuration
(unaccent then the French Snowball stemmer, created by the search app's migration)."""

from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import And, Or, Phrase, PlainText

from ..french import words


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


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FrenchPostgresQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")
