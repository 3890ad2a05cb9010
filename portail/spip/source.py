"""A SPIP database, read only: MySQL/MariaDB (`mysql://user:password@host:port/name`) or
SQLite (`sqlite:////path/to/spip.sqlite`, SPIP's own SQLite installs)."""

import sqlite3
from pathlib import Path

import environ
import pymysql
import pymysql.cursors


class SourceError(Exception):
    """The SPIP database cannot be read; the message says why."""


class SpipDatabase:
    def __init__(self, url, prefix="spip"):
        self.prefix = prefix
        try:
            config = environ.Env.db_url_config(url)
        except Exception as error:
            raise SourceError(f"not a database address: {url!r}") from error
        engine = config["ENGINE"]
        if "sqlite" in engine:
            path = Path(config["NAME"])
            if not path.is_file():
                raise SourceError(f"no SQLite database at {path}")
            self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            self.connection.row_factory = sqlite3.Row
            self.kind = "sqlite"
        elif "mysql" in engine:
            try:
                self.connection = pymysql.connect(
                    host=config.get("HOST") or "127.0.0.1",
                    port=int(config.get("PORT") or 3306),
                    user=config.get("USER") or "root",
                    password=config.get("PASSWORD") or "",
                    database=config["NAME"],
                    charset="utf8mb4",
                    cursorclass=pymysql.cursors.DictCursor,
                )
            except pymysql.MySQLError as error:
                raise SourceError(f"cannot connect to {config['NAME']}: {error}") from error
            with self.connection.cursor() as cursor:
                cursor.execute("SET SESSION TRANSACTION READ ONLY")
            self.kind = "mysql"
        else:
            raise SourceError(f"SPIP databases are MySQL/MariaDB or SQLite, not {engine}")
        self._tables = None

    def has(self, table):
        if self._tables is None:
            if self.kind == "sqlite":
                query = "SELECT name FROM sqlite_master WHERE type = 'table'"
            else:
                query = "SHOW TABLES"
            self._tables = {next(iter(self._row(row).values())) for row in self._fetch(query)}
        return f"{self.prefix}_{table}" in self._tables

    def columns(self, table):
        rows = self._fetch(f"SELECT * FROM {self.prefix}_{table} LIMIT 1")
        if rows:
            return set(self._row(rows[0]))
        if self.kind == "sqlite":
            return {row["name"] for row in self._fetch(f"PRAGMA table_info({self.prefix}_{table})")}
        return {row["Field"] for row in self._fetch(f"SHOW COLUMNS FROM {self.prefix}_{table}")}

    def rows(self, table, order=None):
        """Every row of `spip_<table>` as a dict; none when the table does not exist."""
        if not self.has(table):
            return []
        query = f"SELECT * FROM {self.prefix}_{table}"
        if order:
            query += f" ORDER BY {order}"
        return [self._row(row) for row in self._fetch(query)]

    def close(self):
        self.connection.close()

    def _fetch(self, query):
        try:
            if self.kind == "sqlite":
                return self.connection.execute(query).fetchall()
            with self.connection.cursor() as cursor:
                cursor.execute(query)
                return cursor.fetchall()
        except (sqlite3.Error, pymysql.MySQLError) as error:
            raise SourceError(f"cannot read the SPIP database: {error}") from error

    @staticmethod
    def _row(row):
        row = dict(row)
        return {
            key: value.decode("utf-8", "replace") if isinstance(value, bytes) else value
            for key, value in row.items()
        }
