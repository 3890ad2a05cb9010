from django.conf import settings
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from .storage import DOCUMENTS_FOLDER, documents_storage


class PortailDocument(AbstractDocument):
    """A downloadable file. Its text is extracted once so that search can look inside it."""

    file = models.FileField(
        upload_to=DOCUMENTS_FOLDER,
        verbose_name=AbstractDocument._meta.get_field("file").verbose_name,
        storage=documents_storage,
    )
    language = models.CharField(_("langue"), max_length=8, choices=settings.LANGUAGES, default="fr")
    extracted_text = models.TextField(_("texte extrait"), blank=True, editable=False)
    # The file hash the text was read from: a new file is read again, a renamed one is not.
    text_of_hash = models.CharField(max_length=40, blank=True, editable=False)

    admin_form_fields = (*Document.admin_form_fields, "language")

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("extracted_text"),
    ]

    text_changed = False

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        # Imports look files up by content, the oldest of a file first (`.first()`): one probe
        # of this index whatever PostgreSQL's statistics say. A table an import is filling has
        # none yet, and it walked the table by id for each file instead (quadratic).
        indexes = [models.Index(fields=["file_hash", "id"], name="document_file_hash_id")]

    @property
    def size_label(self):
        """The size as French readers write it: "842 octets", "240 Ko", "1,2 Mo"."""
        return file_size_label(self.get_file_size() or 0)

    @property
    def format_label(self):
        """The short format name shown to readers: "PDF", "DOCX"..."""
        return (self.file_extension or "").upper()


def file_size_label(size):
    if size < 1000:
        return _("%(size)d octets") % {"size": size}
    if size < 1000 * 1000:
        return _("%(size)s Ko") % {"size": formats.number_format(round(size / 1000))}
    return _("%(size)s Mo") % {"size": formats.number_format(size / 1000 / 1000, 1)}
