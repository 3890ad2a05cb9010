"""Images in lines: a path, or the path with what editors write about the image."""

from .schema import LineError

# The image's own words, carried with its file: the alternative text and the caption shown
# under it ("légende"), the credit French practice requires.
PICTURE_KEYS = {"title": "title", "alt": "description", "caption": "caption", "credit": "credit"}


def load_picture(value, key, files, default_title=""):
    if isinstance(value, str):  # a path alone: any image of that file will do
        return files.image(value, default_title or value.rsplit("/", 1)[-1])
    if not isinstance(value, dict) or not value.get("path"):
        raise LineError(f"{key} must be a path or an object with a path")
    words = {attr: str(value.get(name) or "") for name, attr in PICTURE_KEYS.items()}
    words["title"] = words["title"] or default_title or value["path"].rsplit("/", 1)[-1]
    if value.get("collection"):
        words["collection"] = value["collection"]
    return files.image(value["path"], words)


def dump_picture(image, exporter):
    picture = {"path": exporter.file(image)}
    for name, attr in PICTURE_KEYS.items():
        if getattr(image, attr):
            picture[name] = getattr(image, attr)
    if image.collection.depth > 1:
        picture["collection"] = image.collection.name
    return picture
