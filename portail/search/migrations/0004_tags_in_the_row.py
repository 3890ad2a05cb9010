"""A search item's countries and themes move from two join tables into its own row, carried
over as they are (the search index need not be rebuilt)."""

from django.db import migrations, models


def carry_over(apps, schema_editor):
    item_model = apps.get_model("search", "SearchItem")
    for field, column in (("countries", "country_ids"), ("themes", "theme_ids")):
        through = item_model._meta.get_field(field).remote_field.through
        target = f"{item_model._meta.get_field(field).related_model._meta.model_name}_id"
        ids = {}
        for item_id, tag_id in through.objects.values_list("searchitem_id", target).iterator():
            ids.setdefault(item_id, []).append(str(tag_id))
        changed = [item_model(pk=pk, **{column: " ".join(tags)}) for pk, tags in ids.items()]
        item_model.objects.bulk_update(changed, [column], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_postgres_title_body_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchitem",
            name="country_ids",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="searchitem",
            name="theme_ids",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(carry_over, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="searchitem",
            name="countries",
        ),
        migrations.RemoveField(
            model_name="searchitem",
            name="themes",
        ),
    ]
