"""The text inside a document (PDF, DOCX), so that search can find a document and the pages it
is attached to by what it says."""

import io
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

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
    if _ahead is not None:
        text = _ahead.take(document.file_hash)
        if text is not None:
            return text
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
    return _collapsed(text)


def _collapsed(text):
    return " ".join(text.split())[:MAX_CHARACTERS]


def _text_of(content, extension):
    """In the reading process: the text, or None when it cannot be read (the document's own
    extraction then tries again, and logs why)."""
    try:
        return _collapsed(EXTRACTORS[extension](io.BytesIO(content)))
    except Exception:
        return None


class TextsAhead:
    """Files' text read by another process while this one goes on writing: an import's PDFs
    cost 3 ms of pypdf each, a fifth of its time on one CPU. A fresh interpreter (spawned, not
    forked: nothing of this process's database connection or state goes over)."""

    def __init__(self):
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        self._texts = {}
        self._broken = False

    def submit(self, content, digest, name):
        extension = name.rsplit(".", 1)[-1].lower()
        if self._broken or extension not in EXTRACTORS or digest in self._texts:
            return
        try:
            self._texts[digest] = self._pool.submit(_text_of, content, extension)
        except BrokenProcessPool:  # it could not start (a script run without a main guard)
            logger.warning("The documents' text is read by the importing process itself")
            self._broken = True

    def take(self, digest):
        future = self._texts.pop(digest, None)
        try:
            return future.result() if future else None
        except Exception:  # the reading process died: the document reads its text itself
            return None

    def close(self):
        self._pool.shutdown(cancel_futures=True)


_ahead = None


@contextmanager
def texts_read_ahead():
    """Inside the block, the texts of files submitted to the TextsAhead it gives are read in
    another process; extract_text takes them from there (by the file's SHA-1)."""
    global _ahead
    _ahead = TextsAhead()
    try:
        yield _ahead
    finally:
        _ahead.close()
        _ahead = None
