"""`portail import` writes many lines in a bounded number of queries a line: an archive of
10,000 news is imported in minutes, not hours (docs/PERFORMANCE.md, `make bench`)."""

import hashlib
from concurrent.futures.process import BrokenProcessPool

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portail.documents.models import PortailDocument
from portail.interchange.run import import_file
from portail.news.models import NewsPage

pytestmark = pytest.mark.django_db

# A news item with its document, a country and a theme: the line's savepoint (two), its
# document's insert; whether its file is stored already is asked once a batch, and its
# page, revision, tags, record, search entries and references are written in batches.
# (Ten before the references were written in bulk, four before files were looked up so.)
QUERIES_PER_LINE = 3


def import_queries(folder, start, count):
    lines = [
        {
            "kind": "news",
            "title": f"Réunion du groupe-pays n° {n}",
            "date": "2024-03-01",
            "countries": ["SN"],
            "themes": ["Jumelages"],
            "documents": [
                {"title": "Compte-rendu", "path": folder.pdf(f"cr-{n}.pdf", text=f"n° {n}")}
            ],
        }
        for n in range(start, start + count)
    ]
    with CaptureQueriesContext(connection) as queries:
        report = import_file(folder.write(*lines))
    assert report.created == count, report.errors
    return len(queries)


def test_queries_per_imported_line_are_bounded(folder):
    import_queries(folder, 0, 2)  # the collection, the country, the theme: made once
    few, many = import_queries(folder, 100, 5), import_queries(folder, 200, 25)
    per_line = (many - few) / 20
    assert per_line <= QUERIES_PER_LINE, f"{per_line} queries a line"


def test_the_documents_text_is_read_by_another_process(folder, monkeypatch):
    """While the import writes, a second process reads its PDFs' text (pypdf is a fifth of an
    import's time): here this process cannot read a PDF, the documents still get their words."""

    def unreadable(file):
        raise AssertionError("read in the importing process")

    monkeypatch.setattr("portail.documents.text.EXTRACTORS", {"pdf": unreadable}, raising=True)
    path = folder.write(
        {
            "kind": "news",
            "title": "Compte-rendu du groupe-pays Sénégal",
            "date": "2024-03-01",
            "documents": [{"path": folder.pdf("cr.pdf", text="Assemblée plénière de Dakar")}],
        },
        {
            "kind": "news",
            "title": "Un fichier abîmé",
            "date": "2024-03-02",
            "documents": [{"path": "files/abime.pdf"}],
        },
    )
    (folder.path / "files" / "abime.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    report = import_file(path)
    assert report.created == 2, report.errors
    texts = dict(PortailDocument.objects.values_list("file_hash", "extracted_text"))
    assert any("Assemblée plénière de Dakar" in text for text in texts.values())
    assert "" in texts.values()  # unreadable there too: kept without text, as in process


def test_without_the_reading_process_the_import_reads_the_texts_itself(folder, monkeypatch):
    class Unstartable:  # as when the importing script cannot be imported again by a child
        def __init__(self, *args, **kwargs):
            pass

        def submit(self, *args):
            raise BrokenProcessPool("cannot start")

        def shutdown(self, **kwargs):
            pass

    monkeypatch.setattr("portail.documents.text.ProcessPoolExecutor", Unstartable)
    path = folder.write(
        {
            "kind": "news",
            "title": "Compte-rendu",
            "date": "2024-03-01",
            "documents": [{"path": folder.pdf("cr.pdf", text="Assemblée plénière de Dakar")}],
        }
    )
    assert import_file(path).created == 1
    assert "Assemblée plénière de Dakar" in PortailDocument.objects.get().extracted_text


def test_a_file_already_in_the_library_is_not_stored_again(folder):
    """Whether a line's file is stored already is asked once a batch, before its lines are
    written: a document an editor uploaded before the import is still the one lines name."""
    path = folder.pdf("rapport.pdf", text="Rapport annuel")
    content = (folder.path / path).read_bytes()
    uploaded = PortailDocument(title="Rapport annuel", file_hash=hashlib.sha1(content).hexdigest())
    uploaded.file.save("rapport.pdf", ContentFile(content))
    report = import_file(
        folder.write(
            {
                "kind": "news",
                "title": "Le rapport",
                "date": "2024-03-01",
                "documents": [{"path": path}],
            }
        )
    )
    assert report.created == 1, report.errors
    assert list(PortailDocument.objects.all()) == [uploaded]
    assert NewsPage.objects.get().documents.get().document == uploaded
