"""What Wagtail creates in English, named in French: its two roles, their approval workflow,
the page tree's root and the root collection."""

from django.db import migrations

GROUPS = {"Moderators": "Modérateurs", "Editors": "Rédacteurs"}
WORKFLOW = {"Moderators approval": "Validation par les modérateurs"}
ROOT = {"Root": "Racine"}


def rename(apps, groups, workflows, roots):
    Group = apps.get_model("auth", "Group")
    for old, new in groups.items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    for model in ("Workflow", "Task"):
        for old, new in workflows.items():
            apps.get_model("wagtailcore", model).objects.filter(name=old).update(name=new)
    for old, new in roots.items():
        pages = apps.get_model("wagtailcore", "Page").objects.filter(depth=1, title=old)
        pages.update(title=new, draft_title=new)
        apps.get_model("wagtailcore", "Collection").objects.filter(depth=1, name=old).update(
            name=new
        )


def flipped(names):
    return {new: old for old, new in names.items()}


def to_french(apps, schema_editor):
    rename(apps, GROUPS, WORKFLOW, ROOT)


def to_english(apps, schema_editor):
    rename(apps, flipped(GROUPS), flipped(WORKFLOW), flipped(ROOT))


class Migration(migrations.Migration):
    # After every migration of Wagtail's that finds its groups by their English names.
    dependencies = [("core", "0008_tagline_in_english"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(to_french, to_english)]
