"""`portail restore`: an archive, checked whole, given back in an empty place."""

import gzip
import json
import os

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.base import File
from django.core.files.storage import storages
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, transaction
from django.db.migrations.executor import MigrationExecutor

from ..cache import bump_content_version
from .archive import ArchiveError, open_checked
from .rows import decode_row
from .snapshot import media_storages, stored_files

BATCH = 1000


class NotEmpty(Exception):
    pass


def restore(path, replace=False, log=print):
    archive = open_checked(path)
    try:
        connection = connections["default"]
        executor = MigrationExecutor(connection)
        archived = [tuple(key) for key in archive.manifest["migrations"]]
        replaced = {
            key for squash in executor.loader.replacements.values() for key in squash.replaces
        }
        unknown = [
            key
            for key in archived
            if key not in executor.loader.graph.nodes and key not in replaced
        ]
        if unknown:
            raise ArchiveError(
                "the archive comes from a newer portal (migrations unknown here: "
                + ", ".join(f"{app}.{name}" for app, name in unknown[:5])
                + "): update the portal first"
            )
        if not replace:
            refuse_unless_empty(connection)
        targets = migration_targets(executor, archived)
        executor.migrate(targets)
        executor.loader.build_graph()
        state = executor.loader.project_state([t for t in targets if t[1] is not None])
        load_tables(archive, connection, state.apps)
        call_command("migrate", verbosity=0, interactive=False)  # a newer portal: what follows
        files = load_media(archive, replace)
    finally:
        archive.close()
    call_command("update_index", verbosity=0)
    for cache in caches.all(initialized_only=True):
        cache.clear()
    bump_content_version()
    rows = sum(table["rows"] for table in archive.manifest["tables"].values())
    log(f"{path}: {rows} rows and {files} media files restored")


def refuse_unless_empty(connection):
    tables = connection.introspection.table_names()
    user_table = get_user_model()._meta.db_table
    if user_table in tables:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(user_table)}")
            if cursor.fetchone()[0]:
                raise NotEmpty(
                    "the database holds accounts: restore into an empty one, or --replace"
                )
    for alias, storage in media_storages().items():
        if next(iter(stored_files(storage)), None):
            raise NotEmpty(f"the {alias} media storage holds files: empty it, or --replace")


def migration_targets(executor, archived):
    """The database brought to the archive's own migrations (each app at its last one; an app
    the archive did not know at none), so that its rows fit the tables as they were."""
    graph = executor.loader.graph
    archived = {key for key in archived if key in graph.nodes}  # squashed ones by their squash
    targets = []
    for app in sorted({app for app, _ in graph.leaf_nodes()}):
        in_app = [key for key in archived if key[0] == app]
        leaves = [
            key
            for key in in_app
            if not any(
                child in archived and child[0] == app for child in graph.node_map[key].children
            )
        ]
        targets.extend(leaves or [(app, None)])
    return targets


def load_tables(archive, connection, historical_apps):
    # An unmanaged table is kept by the database itself (search's match table, by triggers on
    # the index): the archive does not carry it and the flush must not name it.
    models = {
        model._meta.label: model
        for model in historical_apps.get_models(include_auto_created=True)
        if model._meta.managed
    }
    existing = set(connection.introspection.table_names())
    quote = connection.ops.quote_name
    with transaction.atomic(using=connection.alias):
        flush = sorted({m._meta.db_table for m in models.values()} & existing)
        for statement in connection.ops.sql_flush(no_style(), flush, allow_cascade=True):
            with connection.cursor() as cursor:
                cursor.execute(statement)
        for label, table in archive.manifest["tables"].items():
            model = models.get(label)
            if model is None:
                raise ArchiveError(f"{label}: no such table in the archive's own migrations")
            by_column = {field.column: field for field in model._meta.local_concrete_fields}
            fields = [by_column[column] for column in table["columns"]]
            sql = "INSERT INTO {} ({}) VALUES ({})".format(
                quote(table["table"]),
                ", ".join(quote(column) for column in table["columns"]),
                ", ".join(["%s"] * len(fields)),
            )
            with gzip.open(archive.open(table["member"]), "rt", encoding="utf-8") as lines:
                batch = []
                for line in lines:
                    batch.append(decode_row(fields, json.loads(line), connection))
                    if len(batch) == BATCH:
                        insert(connection, sql, batch)
                        batch = []
                insert(connection, sql, batch)
        reset = connection.ops.sequence_reset_sql(no_style(), list(models.values()))
        with connection.cursor() as cursor:
            for statement in reset:
                cursor.execute(statement)


def insert(connection, sql, rows):
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)


def load_media(archive, replace):
    count = 0
    for member in archive.members("media/"):
        _, alias, name = member.split("/", 2)
        storage = storages[alias]
        if replace and storage.exists(name):
            storage.delete(name)
        saved = storage.save(name, File(archive.open(member), name=os.path.basename(name)))
        if saved != name:
            raise ArchiveError(f"{member}: stored as {saved}, not under its own name")
        count += 1
    return count
