"""PostgreSQL: a GIN index on the title and body vectors together, which the search matches
(`(title || body) @@ query`); without it each search reads every index entry."""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS portail_indexentry_title_body_gin "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS portail_indexentry_title_body_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_french_text_search"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
