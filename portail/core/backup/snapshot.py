"""`portail backup`: a consistent snapshot of the database, then every media file."""

import contextlib
import gzip
import json
import os
import sqlite3
import tempfile
from importlib.metadata import version

from django.core.files.storage import FileSystemStorage, storages
from django.db import connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from ..private_files import PRIVATE_FOLDERS
from .archive import ArchiveWriter
from .rows import archived_models, columns, encode_row, json_default

SNAPSHOT_ALIAS = "backup-snapshot"


class NotMigrated(Exception):
    pass


def backup(path, log=print):
    connection = connections["default"]
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        raise NotMigrated("the database has migrations to apply: run `portail migrate` first")
    writer = ArchiveWriter(path)
    try:
        with consistent_view(connection) as alias:
            tables = write_tables(writer, connections[alias])
        media = write_media(writer)
        writer.close(
            {
                "created": timezone.now().isoformat(),
                "portail": version("portail"),
                "engine": connection.vendor,
                "migrations": sorted(executor.loader.applied_migrations),
                "tables": tables,
                "media": media,
            }
        )
    except BaseException:
        writer.abandon()
        raise
    rows = sum(table["rows"] for table in tables.values())
    log(f"{path}: {len(tables)} tables, {rows} rows, {sum(media.values())} media files")
    return tables, media


@contextlib.contextmanager
def consistent_view(connection):
    """A database alias reading one moment of the site while it goes on being written:
    PostgreSQL's repeatable-read snapshot, or a copy made by SQLite's online backup."""
    if connection.vendor == "postgresql":
        with transaction.atomic(using=connection.alias):
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield connection.alias
        return
    connection.ensure_connection()
    handle, copy_path = tempfile.mkstemp(prefix="portail-backup-", suffix=".sqlite3")
    os.close(handle)
    try:
        with contextlib.closing(sqlite3.connect(copy_path)) as copy:
            connection.connection.backup(copy)
        connections.settings[SNAPSHOT_ALIAS] = {
            **connections.settings[connection.alias],
            "NAME": copy_path,
        }
        try:
            yield SNAPSHOT_ALIAS
        finally:
            connections[SNAPSHOT_ALIAS].close()
            del connections[SNAPSHOT_ALIAS]
            del connections.settings[SNAPSHOT_ALIAS]
    finally:
        os.unlink(copy_path)


def write_tables(writer, connection):
    tables = {}
    for model in archived_models(connection):
        fields = columns(model)
        member = f"tables/{model._meta.label}.jsonl.gz"
        rows = model._base_manager.using(connection.alias).order_by("pk")
        count = 0
        with tempfile.NamedTemporaryFile(suffix=".jsonl.gz") as spool:
            with gzip.open(spool.name, "wt", encoding="utf-8", compresslevel=3) as lines:
                for obj in rows.iterator(chunk_size=2000):
                    lines.write(json.dumps(encode_row(fields, obj), default=json_default))
                    lines.write("\n")
                    count += 1
            writer.add_file(member, spool.name)
        tables[model._meta.label] = {
            "table": model._meta.db_table,
            "columns": [field.column for field in fields],
            "rows": count,
            "member": member,
        }
    return tables


def media_storages():
    """The storages holding uploads, each place once (on disk, and on S3 unless the private
    files have a bucket of their own, public and private files share it)."""
    seen, unique = set(), {}
    for alias in ("default", "private"):
        storage = storages[alias]
        place = (
            type(storage),
            getattr(storage, "location", ""),
            getattr(storage, "bucket_name", ""),
        )
        if place not in seen:
            seen.add(place)
            unique[alias] = storage
    return unique


def owner(name):
    """The storage a file belongs in, by its folder: the archive keeps private files private
    wherever it is restored, even where they share a place with public ones here."""
    return "private" if name.split("/", 1)[0] in PRIVATE_FOLDERS else "default"


def stored_files(storage, folder=""):
    if isinstance(storage, FileSystemStorage):
        root = storage.location
        if not os.path.isdir(root):
            return
        for directory, _, files in os.walk(root):
            for name in sorted(files):
                yield os.path.relpath(os.path.join(directory, name), root).replace(os.sep, "/")
        return
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}{name}"
    for sub in folders:
        yield from stored_files(storage, f"{folder}{sub}/")


def write_media(writer):
    counts = {"default": 0, "private": 0}
    for storage in media_storages().values():
        for name in stored_files(storage):
            alias = owner(name)
            member = f"media/{alias}/{name}"
            if isinstance(storage, FileSystemStorage):
                writer.add_file(member, storage.path(name))
            else:
                with storage.open(name) as stream:
                    writer.add_stream(member, stream, storage.size(name))
            counts[alias] += 1
    return counts
