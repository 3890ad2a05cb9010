"""Wagtail's database search backend, made French-aware on each database: see sqlite.py and
postgres.py beside this file. Each module is imported only on its own database (modelsearch's
SQLite module needs a model that exists only there)."""

from django.db import connection


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        from .postgres import FrenchPostgresSearchBackend

        return FrenchPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite import FrenchSQLiteSearchBackend

        return FrenchSQLiteSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DefaultBackend

    return DefaultBackend(params)
