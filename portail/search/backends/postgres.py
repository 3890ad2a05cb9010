"""PostgreSQL does the French itself, through the `portail_french` text search configuration
(unaccent then the French Snowball stemmer, created by the search app's migration)."""

from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")
