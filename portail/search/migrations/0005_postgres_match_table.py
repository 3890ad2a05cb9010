"""PostgreSQL: the index entries' title and body vectors joined, in a narrow table that the
search matches (models.PostgresMatch), kept by triggers on every write to the entries —
modelsearch's own, the portal's bulk upsert, deletions and truncation alike. Its GIN index
replaces the one migration 0003 made on the entries' `title || body`."""

import django.contrib.postgres.search
from django.db import migrations, models


def trigger_function(name, body):
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {body}; RETURN NULL; END $$"
    )


CREATE = [
    """CREATE TABLE portail_search_match (
           entry_id integer PRIMARY KEY,
           content_type_id integer NOT NULL,
           vector tsvector NOT NULL)""",
    "CREATE INDEX portail_search_match_vector ON portail_search_match USING gin (vector)",
    trigger_function(
        "portail_search_match_write",
        """INSERT INTO portail_search_match (entry_id, content_type_id, vector)
           VALUES (NEW.id, NEW.content_type_id, NEW.title || NEW.body)
           ON CONFLICT (entry_id) DO UPDATE
           SET content_type_id = EXCLUDED.content_type_id, vector = EXCLUDED.vector""",
    ),
    trigger_function(
        "portail_search_match_delete", "DELETE FROM portail_search_match WHERE entry_id = OLD.id"
    ),
    trigger_function("portail_search_match_truncate", "TRUNCATE portail_search_match"),
    """CREATE TRIGGER portail_search_match_write
           AFTER INSERT OR UPDATE OF title, body, content_type_id ON wagtailsearch_indexentry
           FOR EACH ROW EXECUTE FUNCTION portail_search_match_write()""",
    """CREATE TRIGGER portail_search_match_delete
           AFTER DELETE ON wagtailsearch_indexentry
           FOR EACH ROW EXECUTE FUNCTION portail_search_match_delete()""",
    """CREATE TRIGGER portail_search_match_truncate
           AFTER TRUNCATE ON wagtailsearch_indexentry
           FOR EACH STATEMENT EXECUTE FUNCTION portail_search_match_truncate()""",
    """INSERT INTO portail_search_match (entry_id, content_type_id, vector)
           SELECT id, content_type_id, title || body FROM wagtailsearch_indexentry""",
    "DROP INDEX IF EXISTS portail_indexentry_title_body_gin",
]

DROP = [
    "DROP TRIGGER IF EXISTS portail_search_match_write ON wagtailsearch_indexentry",
    "DROP TRIGGER IF EXISTS portail_search_match_delete ON wagtailsearch_indexentry",
    "DROP TRIGGER IF EXISTS portail_search_match_truncate ON wagtailsearch_indexentry",
    "DROP FUNCTION IF EXISTS portail_search_match_write()",
    "DROP FUNCTION IF EXISTS portail_search_match_delete()",
    "DROP FUNCTION IF EXISTS portail_search_match_truncate()",
    "DROP TABLE IF EXISTS portail_search_match",
    """CREATE INDEX IF NOT EXISTS portail_indexentry_title_body_gin
    ON wagtailsearch_indexentry USING gin ((title || body))""",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_tags_in_the_row")]

    operations = [
        migrations.CreateModel(
            name="PostgresMatch",
            fields=[
                ("entry_id", models.IntegerField(primary_key=True, serialize=False)),
                ("content_type_id", models.IntegerField()),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={"db_table": "portail_search_match", "managed": False},
        ),
        migrations.RunPython(create, drop),
    ]
