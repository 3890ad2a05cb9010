"""Files that only the portal hands out, after checking who asks: every document, and the
images of private collections. They live in the private storage (STORAGES["private"]): on disk,
folders that no public address serves; on S3, private objects with short-lived signed addresses."""

import posixpath

from django.core.files.storage import storages
from django.http import Http404
from django.views.static import serve

# "documents": every document file (its collection may become private at any time);
# "private": the images of private collections and their renditions.
PRIVATE_FOLDERS = ("documents", "private")


def private_storage():
    return storages["private"]


def serve_public_media(request, path, document_root):
    """Uploaded media for one machine without a front server, the private folders excepted."""
    parts = posixpath.normpath(path).lstrip("/").split("/")
    if parts[0] in PRIVATE_FOLDERS:
        raise Http404
    return serve(request, path, document_root=document_root)
