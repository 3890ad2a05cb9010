"""Files named by an interchange line: read once, stored once (deduplicated by content)."""

import hashlib
import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.models import Collection

from portail.documents.models import PortailDocument
from portail.images.models import PortailImage

from .schema import LineError


def _language(code):
    codes = [code for code, _ in settings.LANGUAGES]
    if code not in codes:
        raise LineError(f"language must be one of {', '.join(codes)}, not {code!r}")
    return code


def collection_named(name):
    """The collection of that name under the root; the root when no name is given."""
    root = Collection.get_first_root_node()
    if not name:
        return root
    found = Collection.objects.filter(depth=2, name=str(name)).first()
    if found is None:
        raise LineError(f"unknown collection: {name!r} (a collection line must come first)")
    return found


IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


class FileStore:
    """Reads files relative to the interchange file and turns them into Wagtail documents and
    images, reusing the one already stored when the content is the same."""

    def __init__(self, base_dir, dry_run=False):
        self.base_dir = Path(base_dir).resolve()
        self.dry_run = dry_run
        self._read = {}
        self._collections = {}
        # Contents known to be stored as no document, or as no image (`look_up`): a line
        # naming one is spared the query that looks for it (a sixth of an import's time).
        self._no_document = set()
        self._no_image = set()
        self._looked_up = set()

    def look_up(self, digests):
        """Find out in one query a kind which of these contents are stored already."""
        digests = set(digests) - self._looked_up
        if not digests:
            return
        self._looked_up |= digests
        documents = PortailDocument.objects.filter(file_hash__in=digests)
        images = PortailImage.objects.filter(file_hash__in=digests)
        self._no_document |= digests - set(documents.values_list("file_hash", flat=True))
        self._no_image |= digests - set(images.values_list("file_hash", flat=True))

    def collection(self, name):
        """collection_named, remembered for the run (a query per file otherwise)."""
        if name not in self._collections:
            self._collections[name] = collection_named(name)
        return self._collections[name]

    def read(self, relative):
        """(bytes, sha1) of a file named by a line; LineError when missing or outside the folder."""
        if not isinstance(relative, str) or not relative:
            raise LineError(f"bad file path {relative!r}")
        path = (self.base_dir / relative).resolve()
        if self.base_dir not in path.parents:
            raise LineError(f"file path leaves the import folder: {relative}")
        if path not in self._read:
            if not path.is_file():
                raise LineError(f"missing file: {relative}")
            content = path.read_bytes()
            self._read[path] = (content, hashlib.sha1(content).hexdigest())
        return self._read[path]

    def document(self, relative, title, collection=None, titled=False, language=None):
        """The document of that file, in the collection named (which must exist: collections
        come first in a file, with their privacy). A `titled` document (the line gave its
        title) is another document when the same file bears another title."""
        content, sha1 = self.read(relative)
        if self.dry_run:
            return PortailDocument(title=title)
        collection = self.collection(collection)
        if sha1 not in self._no_document:
            same_file = PortailDocument.objects.filter(file_hash=sha1, collection=collection)
            existing = (same_file.filter(title=title[:255]) if titled else same_file).first()
            if existing:
                return existing
        self._no_document.discard(sha1)
        document = PortailDocument(
            title=title[:255], file_hash=sha1, file_size=len(content), collection=collection
        )
        if language:
            document.language = _language(language)
        document.file.save(Path(relative).name, ContentFile(content), save=False)
        document.save()
        return document

    def image(self, relative, words):
        """The image of that file with those `words` (title, description, caption, credit,
        collection). A bare title (a path alone in the line) takes any image of that file;
        otherwise the same file described differently is another image, as it was where the
        line comes from."""
        if isinstance(words, str):
            words = {"title": words}
        words = {**words, "title": words["title"][:255]}
        content, sha1 = self.read(relative)
        if Path(relative).suffix.lower() not in IMAGE_EXTENSIONS:
            raise LineError(f"not an image: {relative}")
        if self.dry_run:
            return None
        collection = self.collection(words.pop("collection", None))
        if sha1 not in self._no_image:
            same_file = PortailImage.objects.filter(file_hash=sha1)
            if len(words) > 1:
                same_file = same_file.filter(**words, collection=collection)
            existing = same_file.first()
            if existing:
                return existing
        try:
            with PILImage.open(io.BytesIO(content)) as opened:
                opened.verify()
                width, height = opened.size
        except Exception as error:  # a disguised or broken file
            raise LineError(f"unreadable image {relative}: {error}") from error
        self._no_image.discard(sha1)
        image = PortailImage(**words, file_hash=sha1, file_size=len(content), collection=collection)
        image.file.save(Path(relative).name, ContentFile(content), save=False)
        image.width, image.height = width, height  # after the file: assigning it resets them
        image.save()
        return image
