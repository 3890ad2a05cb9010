"""Builds the demo site: its content written as interchange lines and imported by the same
importer as any site's (docs/IMPORT.md); then what lines cannot say, the accounts and what
people did with them (`members.py`)."""

import json
import secrets
import tempfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from portail.agenda.models import EventPage
from portail.interchange.run import import_file
from portail.news.models import NewsPage
from portail.resources.models import ResourcePage

from .members import build_members_area
from .records import demo_lines

EDITOR_EMAIL = "redaction@portail.localhost"


class DemoImportFailed(Exception):
    """A demo line the importer refused: a bug of the demo, shown with the importer's words."""


def site_has_content():
    return NewsPage.objects.exists() or EventPage.objects.exists() or ResourcePage.objects.exists()


def build_demo(today=None):
    """Fill an empty portal; returns [(account label, e-mail, fresh password)] for the editor
    and a member."""
    today = today or timezone.localdate()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for line in demo_lines(folder, today):
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        report = import_file(path)
    if report.failed:
        raise DemoImportFailed("\n".join(report.errors))
    editor_email, editor_password = _create_editor()
    editor = get_user_model().objects.get(email=editor_email)
    member_email, member_password = build_members_area(editor)
    return [
        ("Compte de rédaction", editor_email, editor_password),
        ("Compte adhérent", member_email, member_password),
    ]


def _create_editor():
    password = secrets.token_urlsafe(12)
    user, _ = get_user_model().objects.get_or_create(
        email=EDITOR_EMAIL,
        defaults={
            "first_name": "Équipe",
            "last_name": "Rédaction",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    user.set_password(password)
    user.save()
    return EDITOR_EMAIL, password
