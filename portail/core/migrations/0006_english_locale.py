"""English beside French: the locale editors translate pages into ("Traduire")."""

from django.db import migrations


def add_english(apps, schema_editor):
    apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [("core", "0005_pending_mail")]

    operations = [migrations.RunPython(add_english, migrations.RunPython.noop)]
