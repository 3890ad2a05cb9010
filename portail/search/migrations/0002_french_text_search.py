"""PostgreSQL's text search configurations for French: accents removed (unaccent) before the
French Snowball stemmer, and the same without stemming for autocompletion. Nothing to do on
SQLite, whose search backend does its French in Python (portail/search/backends)."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portail_french') THEN
        CREATE TEXT SEARCH CONFIGURATION portail_french (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION portail_french
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portail_simple') THEN
        CREATE TEXT SEARCH CONFIGURATION portail_simple (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION portail_simple
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END $$;
"""
DROP = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS portail_french;
DROP TEXT SEARCH CONFIGURATION IF EXISTS portail_simple;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
