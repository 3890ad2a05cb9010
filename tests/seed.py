"""The seed page's world, imported from ../shared/seed/seed-article.jsonl at test time."""

import datetime
import json
import shutil
import tempfile
from pathlib import Path

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from portail.interchange.importer import Importer

SEED_DIR = Path(__file__).resolve().parents[2] / "shared" / "seed"
SEED_FILE = SEED_DIR / "seed-article.jsonl"
SEED_ARTICLE_SLUG = "cglu-opportunites-de-renouvellement-de-leadership"


def seed_lines():
    return [
        json.loads(line)
        for line in SEED_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _years_to_future(lines):
    """Whole years that put the first event after today ("22 jan" still reads "22 jan")."""
    starts = [
        parse_datetime(item["start"]) or datetime.datetime.fromisoformat(item["start"])
        for item in lines
        if item["kind"] == "event"
    ]
    first, years = min(starts), 0
    while first.replace(year=first.year + years).date() <= timezone.localdate():
        years += 1
    return years


def _shift(value, years):
    return str(int(value[:4]) + years) + value[4:]


def build_seed_world(events_in_future=True):
    """Import the seed file, its agenda items moved into the future; returns the import report."""
    lines = seed_lines()
    if events_in_future:
        years = _years_to_future(lines)
        for item in lines:
            if item["kind"] == "event":
                for key in ("start", "end"):
                    if key in item:
                        item[key] = _shift(item[key], years)
    folder = Path(tempfile.mkdtemp(prefix="portail-seed-"))
    try:
        shutil.copytree(SEED_DIR / "files", folder / "files")
        path = folder / "seed.jsonl"
        path.write_text(
            "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in lines), encoding="utf-8"
        )
        importer = Importer(path)
        for number, raw in importer.lines():
            importer.import_line(number, raw)
    finally:
        shutil.rmtree(folder)
    assert importer.report.failed == 0, importer.report.errors
    return importer.report
