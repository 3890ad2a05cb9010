"""`portail backup` and `portail restore`: the whole site — every table the portal keeps and
every media file — in one archive, taken while the site runs, given back in an empty place.

An archive is a tar file: `manifest.json` (format, date, engine, the migrations applied, and
for each table and file its size and SHA-256), `tables/<app.Model>.jsonl` (one JSON array per
row, in the columns the manifest names) and `media/<storage>/<name>`. Rows are written as
Django's serializers write fields, so a SQLite archive restores into PostgreSQL too. Search
indexes are derived data: not archived, rebuilt after a restore."""
