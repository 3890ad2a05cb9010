from django.db import migrations

MEMBERS_GROUP = "Adhérents"  # models.MEMBERS_GROUP, frozen here


def create_members_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name=MEMBERS_GROUP)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_members_group, migrations.RunPython.noop)]
