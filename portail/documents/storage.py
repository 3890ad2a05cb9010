"""Where document files live. A document is only ever downloaded through Wagtail's
`/documents/<id>/<name>` view, which applies its collection's privacy: no storage may give its
file a public address of its own."""

import posixpath

from django.core.files.storage import storages
from django.http import Http404
from django.views.static import serve

DOCUMENTS_FOLDER = "documents"


def documents_storage():
    """The storage of document files (STORAGES["documents"]): private objects on S3."""
    return storages["documents"]


def serve_public_media(request, path, document_root):
    """Uploaded media for one machine without a front server, the documents' folder excepted:
    it holds the files of private collections too, under names that say their titles."""
    parts = posixpath.normpath(path).lstrip("/").split("/")
    if parts[0] == DOCUMENTS_FOLDER:
        raise Http404
    return serve(request, path, document_root=document_root)
