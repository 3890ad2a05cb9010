"""`portail backup` then `portail restore` into an empty place give back the same site: the
same rows in every table and the same files, on SQLite, on PostgreSQL, and from SQLite up to
PostgreSQL. Run as an operator runs them: commands in their own processes."""

import gzip
import hashlib
import json
import sqlite3
import subprocess
import tarfile
import time
from pathlib import Path

import psycopg
import pytest

from tests.e2e.served import PORTAIL, portail, postgres_database, production_env

pytestmark = pytest.mark.e2e

# Rebuilt after a restore (search indexes), or written by the restore itself (when each
# migration was applied): everything else must come back exactly.
DERIVED_TABLES = {
    "wagtailsearch_indexentry",
    "search_searchitem",
}
KEPT_BY_THE_MEMBERS_AREA = (
    "users.User",
    "registrations.Registration",
    "newsletter.Subscriber",
    "discussions.Thread",
    "discussions.Post",
    "wagtailcore.Revision",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.CollectionViewRestriction",
    "documents.PortailDocument",
    "images.PortailImage",
)


def empty_place(tmp_path, name, database_url):
    return production_env(tmp_path / name, database_url)


def sqlite_url(tmp_path, name):
    return f"sqlite:///{tmp_path / name}.sqlite3"


def table_rows(database_url):
    """Every table's rows, read with the database's own driver, not through the portal."""
    if database_url.startswith("sqlite"):
        connection = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE '%fts%'"
            )
        ]
    else:
        connection = psycopg.connect(database_url.replace("postgres://", "postgresql://"))
        names = [
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
    tables = {}
    for name in set(names) - DERIVED_TABLES:
        columns = "app, name" if name == "django_migrations" else "*"
        rows = connection.execute(f'SELECT {columns} FROM "{name}"').fetchall()
        tables[name] = sorted(map(repr, rows))
    connection.close()
    return tables


def media_files(env):
    root = Path(env["PORTAIL_VAR_DIR"]) / "media"
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


def archived_rows(archive):
    """Each table's rows as the archive holds them, JSON text read as JSON: PostgreSQL keeps
    JSON as jsonb, whose key order is its own."""
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        tables = {}
        for label, table in manifest["tables"].items():
            with gzip.open(tar.extractfile(table["member"])) as stream:
                lines = stream.read().decode().splitlines()
            tables[label] = sorted(
                json.dumps(as_json(json.loads(line)), sort_keys=True) for line in lines
            )
    return manifest, tables


def as_json(row):
    def value(item):
        if isinstance(item, str) and item[:1] in "[{":
            try:
                return json.loads(item)
            except ValueError:
                return item
        return item

    return [value(item) for item in row]


@pytest.fixture(scope="module")
def sqlite_site(demo_archive):
    return demo_archive


def test_a_sqlite_site_comes_back_whole(sqlite_site, tmp_path):
    source, archive = sqlite_site
    manifest, _ = archived_rows(archive)
    for label in KEPT_BY_THE_MEMBERS_AREA:
        assert manifest["tables"][label]["rows"] > 0, label
    target = empty_place(tmp_path, "target", sqlite_url(tmp_path, "target"))
    portail(target, "restore", str(archive))
    assert table_rows(target["DATABASE_URL"]) == table_rows(source["DATABASE_URL"])
    assert media_files(target) == media_files(source)
    assert len(media_files(source)) > 20


def test_a_sqlite_site_moves_up_to_postgresql_and_comes_back_whole(sqlite_site, tmp_path):
    """From SQLite up to PostgreSQL; then that PostgreSQL site backed up quietly and restored
    into an empty PostgreSQL database, and backed up while editors publish and restored over
    the site just restored (`--replace`: a fresh migration of the schema costs 25 s)."""
    source, archive = sqlite_site
    with postgres_database() as moved_url, postgres_database() as target_url:
        moved = empty_place(tmp_path, "moved", moved_url)
        portail(moved, "restore", str(archive))
        again = tmp_path / "again.tar"
        portail(moved, "backup", str(again))
        assert archived_rows(again)[1] == archived_rows(archive)[1]
        assert media_files(moved) == media_files(source)

        target = empty_place(tmp_path, "target", target_url)
        portail(target, "restore", str(again))
        assert table_rows(target_url) == table_rows(moved_url)
        assert media_files(target) == media_files(moved)
        found = portail(target, "shell", "-c", SEARCH_AFTER_RESTORE)
        assert "Sénégal" in found  # the index was rebuilt: search finds the restored pages

        # Taken while editors publish: one moment of the site, whole (a tree whose counts
        # add up, every revision there), restored without a broken reference.
        command = [str(PORTAIL), "shell", "--no-imports", "-c", PUBLISH_FOR_A_WHILE]
        writer = subprocess.Popen(command, env=moved)
        try:
            time.sleep(4)  # the writer has loaded the portal and publishes
            portail(moved, "backup", str(tmp_path / "busy.tar"))
        finally:
            writer.wait(timeout=120)
        assert writer.returncode == 0
        portail(target, "restore", "--replace", str(tmp_path / "busy.tar"))
        assert portail(target, "shell", "--no-imports", "-c", TREE_PROBLEMS).strip() == "0"
        assert "Dépêche" in portail(target, "shell", "--no-imports", "-c", LATEST_NEWS)
        replaced = tmp_path / "replaced.tar"  # nothing of the site replaced is left over
        portail(target, "backup", str(replaced))
        assert archived_rows(replaced)[1] == archived_rows(tmp_path / "busy.tar")[1]


PUBLISH_FOR_A_WHILE = (  # each publication in one transaction, as the admin's
    "import time\n"
    "from django.db import transaction\n"
    "from portail.news.models import NewsIndex, NewsPage\n"
    "index = NewsIndex.objects.filter(locale__language_code='fr').first()\n"
    "end = time.monotonic() + 8\n"
    "number = 0\n"
    "while time.monotonic() < end:\n"
    "    number += 1\n"
    "    with transaction.atomic():\n"
    "        page = index.add_child(instance=NewsPage(title=f'Dépêche {number}', live=False))\n"
    "        page.save_revision().publish()\n"
)
LATEST_NEWS = (  # the French news published last (the English tree's pages sort after)
    "from portail.news.models import NewsPage\n"
    "print(NewsPage.objects.filter(locale__language_code='fr').last().title)\n"
)
TREE_PROBLEMS = (
    "from wagtail.models import Page\n"
    "problems = Page.find_problems()\n"
    "missing = (Page.objects.filter(latest_revision__isnull=True, alias_of__isnull=True)\n"
    "    .exclude(depth=1).count())  # aliases have no revision of their own\n"
    "print(sum(len(kind) for kind in problems) + missing)\n"
)


SEARCH_AFTER_RESTORE = (
    "from wagtail.models import Page\n"
    "print([page.title for page in Page.objects.live().search('senegal')[:20]])\n"
)


def test_a_damaged_archive_is_refused_before_anything_is_touched(sqlite_site, tmp_path):
    _, archive = sqlite_site
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as tar:
        pages = tar.getmember("tables/wagtailcore.Page.jsonl.gz")
    data = bytearray(archive.read_bytes())
    data[pages.offset_data + pages.size // 2] ^= 0xFF  # one byte inside the pages' table
    damaged.write_bytes(bytes(data))
    target = empty_place(tmp_path, "target", sqlite_url(tmp_path, "target"))
    result = run(target, "restore", str(damaged))
    assert result.returncode != 0
    assert "Nothing was restored" in result.stderr and "damaged" in result.stderr
    assert not (tmp_path / "target.sqlite3").exists() or table_rows(target["DATABASE_URL"]) == {}


def test_a_site_that_holds_accounts_is_not_overwritten_unless_told(sqlite_site, tmp_path):
    source, archive = sqlite_site
    result = run(source, "restore", str(archive))
    assert result.returncode != 0 and "holds accounts" in result.stderr
    before = table_rows(source["DATABASE_URL"])
    portail(source, "restore", "--replace", str(archive))
    assert table_rows(source["DATABASE_URL"]) == before


def run(env, *args):
    return subprocess.run([str(PORTAIL), *args], env=env, capture_output=True, text=True)
