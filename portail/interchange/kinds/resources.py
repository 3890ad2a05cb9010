"""Resources of the centre: `{"kind": "resource", "title", "media", ...}`. A text's documents,
a photo's gallery, a sound with its transcript, a video's file or address. `file` alone is a
shorthand for the main file of the media."""

from portail.resources.models import GalleryPhoto, Media, ResourcePage, ResourcePageDocument

from ..fields import Blocks, Choice, Field, File, RichText
from ..pictures import dump_picture, load_picture
from ..schema import LineError
from .base import CONTENT_FIELDS, PageKind, content_pages

FIELDS = (
    *CONTENT_FIELDS,
    Choice("media", Media.choices, always=True),
    Blocks("body"),
    File("audio"),
    RichText("transcript"),
    File("video_file", "video"),
    Field("video_url", "url"),
)


def fill(page, item, files):
    gallery = item.get("gallery", [])
    if not isinstance(gallery, list):
        raise LineError("gallery must be a list")
    page.gallery = [_photo(photo, item, files) for photo in gallery]
    if item.get("file"):
        _main_file(page, item, files)


def _photo(photo, item, files):
    if isinstance(photo, dict) and "image" in photo:
        image, caption = photo["image"], str(photo.get("caption", ""))
    else:
        image, caption = photo, ""
    return GalleryPhoto(image=load_picture(image, "gallery", files, item["title"]), caption=caption)


def _main_file(page, item, files):
    path, title = item["file"], item["title"]
    if page.media == "text" and not page.documents.all():
        page.documents = [ResourcePageDocument(document=files.document(path, title), label=title)]
    elif page.media == "sound":
        page.audio = files.document(path, title)
    elif page.media == "video":
        page.video_file = files.document(path, title)
    elif page.media == "photo" and not page.gallery.all():
        page.gallery = [GalleryPhoto(image=load_picture(path, "file", files, title))]


def dump(page, item, exporter):
    gallery = []
    for photo in page.gallery.all():
        picture = dump_picture(photo.image, exporter)
        gallery.append({"image": picture, "caption": photo.caption} if photo.caption else picture)
    if gallery:
        item["gallery"] = gallery


RESOURCE = PageKind(
    model=ResourcePage,
    required=("title", "media"),
    fields=FIELDS,
    fill=fill,
    dump=dump,
    pages=content_pages(
        ResourcePage,
        "publication_date",
        related=("audio", "video_file"),
        children=("documents__document__collection", "gallery__image__collection"),
    ),
    section="resources",
    documents=ResourcePageDocument,
    by_hand=frozenset({"gallery.image", "gallery.caption"}),
)
