"""PostgreSQL: the match table carries what ranking reads (each entry's object id, title and
body vectors) beside the joined vector it matches on, so that a search ranks the matches it
has just found without looking each one up among the index entries (models.PostgresMatch)."""

import django.contrib.postgres.search
from django.db import migrations, models


def write_function(columns, values, updates):
    return (
        "CREATE OR REPLACE FUNCTION portail_search_match_write() RETURNS trigger"
        " LANGUAGE plpgsql AS $$ BEGIN"
        f" INSERT INTO portail_search_match ({columns}) VALUES ({values})"
        f" ON CONFLICT (entry_id) DO UPDATE SET {updates};"
        " RETURN NULL; END $$"
    )


CREATE = [
    """ALTER TABLE portail_search_match ADD COLUMN object_id varchar(50),
           ADD COLUMN title tsvector, ADD COLUMN body tsvector""",
    write_function(
        "entry_id, content_type_id, object_id, vector, title, body",
        "NEW.id, NEW.content_type_id, NEW.object_id, NEW.title || NEW.body, NEW.title, NEW.body",
        "content_type_id = EXCLUDED.content_type_id, object_id = EXCLUDED.object_id,"
        " vector = EXCLUDED.vector, title = EXCLUDED.title, body = EXCLUDED.body",
    ),
    # Written again in the entries' order, not updated in place: the newest matches of a
    # search lie together at the end of the table.
    "TRUNCATE portail_search_match",
    """INSERT INTO portail_search_match (entry_id, content_type_id, vector, object_id, title, body)
           SELECT id, content_type_id, title || body, object_id, title, body
           FROM wagtailsearch_indexentry ORDER BY id""",
    "ALTER TABLE portail_search_match ALTER COLUMN object_id SET NOT NULL",
    "ANALYZE portail_search_match",
]

DROP = [
    write_function(
        "entry_id, content_type_id, vector",
        "NEW.id, NEW.content_type_id, NEW.title || NEW.body",
        "content_type_id = EXCLUDED.content_type_id, vector = EXCLUDED.vector",
    ),
    "ALTER TABLE portail_search_match DROP COLUMN object_id, DROP COLUMN title, DROP COLUMN body",
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
    dependencies = [("search", "0005_postgres_match_table")]

    operations = [
        migrations.AddField(
            model_name="postgresmatch",
            name="object_id",
            field=models.CharField(default="", max_length=50),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="postgresmatch",
            name="title",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.AddField(
            model_name="postgresmatch",
            name="body",
            field=django.contrib.postgres.search.SearchVectorField(null=True),
        ),
        migrations.RunPython(create, drop),
    ]
