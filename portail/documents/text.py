"""The text inside a document (PDF, DOCX), so that search can find a document and the pages it
is attached to by what it says."""

import io
import logging

logger = logging.getLogger(__name__)

MAX_PAGES = 300
MAX_CHARACTERS = 200_000


# pypdf and python-docx are imported when a document arrives, not when a worker starts: 30 MB
# of each web worker's memory that only uploads and imports need.


def _pdf_text(file):
    from pypdf import PdfReader

    # From memory: pypdf reads in small pieces, each a trip through Django's file proxy.
    reader = PdfReader(io.BytesIO(file.read()))
    if reader.is_encrypted:
        return ""
    return "\n".join(page.extract_text() or "" for page in reader.pages[:MAX_PAGES])


def _docx_text(file):
    import docx

    return "\n".join(paragraph.text for paragraph in docx.Document(file).paragraphs)


EXTRACTORS = {"pdf": _pdf_text, "docx": _docx_text}


def extract_text(document):
    """The document's words, spaces collapsed; empty for formats without text or files that
    cannot be read (logged: the upload itself is not refused for it)."""
    extractor = EXTRACTORS.get((document.file_extension or "").lower())
    if extractor is None or not document.file:
        return ""
    file = document.file
    try:
        file.open("rb")
        file.seek(0)
        text = extractor(file)
    except Exception:
        logger.warning("No text read from document %r", document.file.name, exc_info=True)
        return ""
    finally:
        file.seek(0)
    return " ".join(text.split())[:MAX_CHARACTERS]
