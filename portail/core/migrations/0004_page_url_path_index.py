"""Index Wagtail's url_path: the portal routes a request with one lookup on it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0003_create_home_page")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS portail_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS portail_page_url_path",
        )
    ]
