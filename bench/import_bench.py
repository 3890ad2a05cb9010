"""Times `portail import` of N news items with one distinct PDF each, on a fresh database.

Usage: .venv/bin/python bench/import_bench.py [N] [DATABASE_URL]
Default: 10,000 items on a throwaway SQLite file. Prints one Markdown table row.
"""

import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fresh_portal import PORTAIL, ROOT, fresh_portal


def make_file(folder, count):
    sys.path.insert(0, str(ROOT))
    from portail.demo.files import make_pdf_file

    template = make_pdf_file(
        "x.pdf", "Compte-rendu", ["Compte-rendu de la réunion du groupe-pays."]
    ).read()
    (folder / "files").mkdir()
    with (folder / "news.jsonl").open("w", encoding="utf-8") as out:
        for n in range(count):
            # Same document, one comment byte apart: distinct files, as in a real archive.
            (folder / "files" / f"cr-{n}.pdf").write_bytes(template + f"%{n}\n".encode())
            item = {
                "kind": "news",
                "slug": f"actualite-{n}",
                "title": f"Réunion du groupe-pays n° {n}",
                "date": f"{2000 + n % 25}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                "countries": ["SN"],
                "themes": ["Jumelages"],
                "organisations": ["CUF"],
                "body": f"Compte rendu de la réunion numéro {n}.\n\nDeuxième paragraphe.",
                "documents": [{"title": "Compte-rendu", "path": f"files/cr-{n}.pdf"}],
            }
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return folder / "news.jsonl"


def main(count=10_000, database_url=None):
    count = int(count)
    with tempfile.TemporaryDirectory(prefix="portail-bench-") as tmp:
        folder = Path(tmp)
        env = fresh_portal(folder, database_url)
        jsonl = make_file(folder, count)
        started = time.perf_counter()
        result = subprocess.run(
            [PORTAIL, "import", str(jsonl)], env=env, capture_output=True, text=True
        )
        elapsed = time.perf_counter() - started
        summary = (
            result.stdout.strip().splitlines()[-1]
            if result.stdout.strip()
            else result.stderr[-500:]
        )
        engine = env["DATABASE_URL"].split(":", 1)[0]
        print(
            f"| import {count} news + 1 PDF each | {engine} | {elapsed:.1f} s | {count / elapsed:.0f} lines/s | {summary} | {platform.node()} |"
        )
        if database_url:
            subprocess.run(
                [PORTAIL, "shell", "-c", "from django.db import connection; connection.close()"],
                env=env,
            )
        return result.returncode


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
