"""Backup and restore: export, import into an empty portal, export again: the same bytes."""

import filecmp
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page

from portail.demo.builder import build_demo
from portail.documents.models import PortailDocument
from portail.funds.models import Contribution, SolidarityFundPage
from portail.interchange.kinds import KINDS
from portail.interchange.models import ImportRecord
from portail.network.models import CountryGroupPage, Member, Partnership
from portail.opportunities.models import CallForProjectsPage, JobOfferPage
from portail.taxonomy.models import Organisation, StaffContact, Theme
from tests import builders

pytestmark = pytest.mark.django_db


def export(path):
    call_command("export", str(path), stdout=io.StringIO())
    return path.read_bytes()


def empty_the_portal():
    """What a fresh install has: the home page and the countries, nothing else."""
    for page in Page.objects.filter(depth=3):
        page.delete()
    for model in (
        Contribution,
        Partnership,
        Member,
        ImportRecord,
        Redirect,
        Theme,
        Organisation,
        StaffContact,
        PortailDocument,
        get_image_model(),
    ):
        model.objects.all().delete()


def test_export_import_export_gives_the_same_bytes_and_files(tmp_path):
    build_demo(timezone.localdate())
    moved = builders.news("Ancienne adresse")
    Redirect.objects.create(old_path="/spip.php?article12", redirect_page=moved, site=None)
    (tmp_path / "first").mkdir()
    first = export(tmp_path / "first" / "contenus.jsonl")
    kinds = {line.split(b'"kind": "')[1].split(b'"')[0] for line in first.splitlines()}
    assert kinds == {name.encode() for name in KINDS}

    empty_the_portal()
    assert not Member.objects.exists() and not CountryGroupPage.objects.exists()
    call_command("import", str(tmp_path / "first" / "contenus.jsonl"), stdout=io.StringIO())

    (tmp_path / "second").mkdir()
    second = export(tmp_path / "second" / "contenus.jsonl")
    assert second == first, _debug_diff(first, second)
    files = filecmp.dircmp(
        tmp_path / "first" / "contenus_files", tmp_path / "second" / "contenus_files"
    )
    assert files.left_only == files.right_only == files.diff_files == []
    assert Member.objects.count() == 203 and Partnership.objects.count() == 400
    assert SolidarityFundPage.objects.count() == 3 and Contribution.objects.count() == 75
    assert CallForProjectsPage.objects.count() == 10 and JobOfferPage.objects.count() == 5


def _debug_diff(first, second):
    import difflib

    return "\n".join(
        list(
            difflib.unified_diff(
                first.decode().splitlines(), second.decode().splitlines(), lineterm="", n=0
            )
        )[:40]
    )
