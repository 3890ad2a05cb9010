"""Every ISO 3166-1 country, with its French name from the CLDR (Babel)."""

from babel import Locale
from django.db import migrations
from django.utils.text import slugify


def load_countries(apps, schema_editor):
    import pycountry

    Country = apps.get_model("taxonomy.Country")
    names = Locale("fr").territories
    Country.objects.bulk_create(
        [
            Country(code=country.alpha_2, name=names.get(country.alpha_2, country.name), slug=slugify(names.get(country.alpha_2, country.name)) or country.alpha_2.lower())
            for country in pycountry.countries
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(load_countries, migrations.RunPython.noop)]
