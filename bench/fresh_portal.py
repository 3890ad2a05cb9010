"""A new, empty portal database for a bench: the environment its commands run in."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORTAIL = ROOT / ".venv" / "bin" / "portail"


def fresh_portal(folder, database_url=None):
    """Migrate a portal database (a SQLite file in `folder` unless `database_url`); returns
    the environment of commands run against it."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portail.settings.dev",
        "PORTAIL_VAR_DIR": str(Path(folder) / "var"),
    }
    env["DATABASE_URL"] = database_url or f"sqlite:///{Path(folder) / 'var' / 'bench.sqlite3'}"
    subprocess.run([PORTAIL, "ensuredb"], env=env, check=True)
    subprocess.run([PORTAIL, "migrate", "-v0"], env=env, check=True)
    return env
