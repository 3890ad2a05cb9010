"""The words inside documents are read once, when the file arrives or changes."""

import io

import docx
import pytest
from django.core.files.base import ContentFile

from portail.documents.models import PortailDocument
from tests import builders

pytestmark = pytest.mark.django_db


def test_pdf_text_is_extracted():
    document = builders.pdf("Rapport", text=("La coopération décentralisée en chiffres.",))
    assert "coopération décentralisée en chiffres" in document.extracted_text


def test_docx_text_is_extracted():
    buffer = io.BytesIO()
    word = docx.Document()
    word.add_paragraph("Compte rendu de la réunion du groupe-pays Haïti.")
    word.save(buffer)
    document = PortailDocument.objects.create(
        title="Compte rendu", file=ContentFile(buffer.getvalue(), name="compte-rendu.docx")
    )
    assert "réunion du groupe-pays Haïti" in document.extracted_text


def test_an_unreadable_pdf_is_kept_without_text():
    document = PortailDocument.objects.create(
        title="Abîmé", file=ContentFile(b"%PDF-1.4 not really a pdf", name="abime.pdf")
    )
    assert PortailDocument.objects.get(pk=document.pk).extracted_text == ""


def test_renaming_does_not_read_the_file_again(monkeypatch):
    document = builders.pdf("Rapport", text=("Texte initial.",))
    monkeypatch.setattr(
        "portail.documents.signals.extract_text",
        lambda _document: pytest.fail("the file was read again"),
    )
    document.title = "Rapport 2026"
    document.save()
    assert "Texte initial" in document.extracted_text
