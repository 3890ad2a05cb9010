"""Where document files live: the private storage. A document is only ever downloaded through
Wagtail's `/documents/<id>/<name>` view, which applies its collection's privacy."""

from portail.core.private_files import private_storage

DOCUMENTS_FOLDER = "documents"


def documents_storage():
    """Named by the documents' migrations: the storage of their files."""
    return private_storage()
