"""Times `portail import-spip` of a SPIP site of N articles with one distinct PDF each (their
text with the usual shortcuts, a keyword, a URL propre), on a fresh portal database.

Usage: .venv/bin/python bench/spip_bench.py [N] [DATABASE_URL]
Default: 10,000 articles from a SPIP SQLite database into a throwaway SQLite portal. Prints one
Markdown table row (budget: 3 minutes for 10,000 on SQLite, issue 18).
"""

import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fresh_portal import PORTAIL, ROOT, fresh_portal

TEXT = """Le groupe-pays s'est réuni : {{douze}} collectivités étaient présentes !

{{{Les décisions}}}

-* une mission à [Podor->https://podor.example.org]
-* un appel à projets[[Ouvert jusqu'en mars.]]

Voir la réunion précédente [->art%(previous)s]."""


def make_site(folder, count):
    sys.path.insert(0, str(ROOT))
    from portail.demo.files import make_pdf_file
    from tests.spip.builder import SpipDatabaseBuilder

    template = make_pdf_file("x.pdf", "Compte-rendu", ["Compte-rendu de la réunion."]).read()
    (folder / "IMG" / "pdf").mkdir(parents=True)
    spip = SpipDatabaseBuilder("sqlite", folder)
    spip.add("rubriques", id_rubrique=1, id_parent=0, titre="Actualités", statut="publie")
    spip.add("groupes_mots", id_groupe=1, titre="Pays")
    spip.add("mots", id_mot=1, id_groupe=1, titre="Sénégal")
    rows = []
    for n in range(1, count + 1):
        # Same document, one comment byte apart: distinct files, as in a real archive.
        (folder / "IMG" / "pdf" / f"cr-{n}.pdf").write_bytes(template + f"%{n}\n".encode())
        date = f"{2000 + n % 25}-{1 + n % 12:02d}-{1 + n % 28:02d} 10:00:00"
        text = TEXT % {"previous": max(1, n - 1)}
        rows.append(("articles", {"id_article": n, "id_rubrique": 1, "titre": f"Réunion n° {n}", "statut": "publie", "date": date, "lang": "fr", "texte": text}))  # fmt: skip
        rows.append(("documents", {"id_document": n, "extension": "pdf", "titre": "Compte-rendu", "fichier": f"pdf/cr-{n}.pdf", "mode": "document"}))  # fmt: skip
        rows.append(
            ("documents_liens", {"id_document": n, "id_objet": n, "objet": "article", "vu": "non"})
        )
        rows.append(("mots_liens", {"id_mot": 1, "id_objet": n, "objet": "article"}))
        rows.append(
            ("urls", {"url": f"Reunion-n-{n}", "type": "article", "id_objet": n, "date": date})
        )
    for table, values in rows:
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        spip.connection.execute(
            f"INSERT INTO spip_{table} ({columns}) VALUES ({marks})", list(values.values())
        )
    spip.connection.commit()
    spip.connection.close()
    return spip.url


def main(count=10_000, database_url=None):
    count = int(count)
    with tempfile.TemporaryDirectory(prefix="portail-bench-") as tmp:
        folder = Path(tmp)
        env = fresh_portal(folder, database_url)
        source = make_site(folder, count)
        started = time.perf_counter()
        result = subprocess.run(
            [PORTAIL, "import-spip", source, "--img", str(folder / "IMG")],
            env=env,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        lines = result.stdout.strip().splitlines()
        summary = "; ".join(line for line in lines if line.startswith(("Import", "Redirections")))
        summary = summary or result.stderr[-500:]
        engine = env["DATABASE_URL"].split(":", 1)[0]
        print(
            f"| import-spip {count} articles + 1 PDF each | {engine} | {elapsed:.1f} s | {count / elapsed:.0f} articles/s | {summary} | {platform.node()} |"
        )
        return result.returncode


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
