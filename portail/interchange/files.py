"""Files named by an interchange line: read once, stored once (deduplicated by content)."""

import hashlib
import io
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image as PILImage

from portail.documents.models import PortailDocument
from portail.images.models import PortailImage

from .schema import LineError

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


class FileStore:
    """Reads files relative to the interchange file and turns them into Wagtail documents and
    images, reusing the one already stored when the content is the same."""

    def __init__(self, base_dir, dry_run=False):
        self.base_dir = Path(base_dir).resolve()
        self.dry_run = dry_run
        self._read = {}

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

    def document(self, relative, title):
        content, sha1 = self.read(relative)
        if self.dry_run:
            return PortailDocument(title=title)
        existing = PortailDocument.objects.filter(file_hash=sha1).first()
        if existing:
            return existing
        document = PortailDocument(title=title[:255], file_hash=sha1, file_size=len(content))
        document.file.save(Path(relative).name, ContentFile(content), save=False)
        document.save()
        return document

    def image(self, relative, title):
        content, sha1 = self.read(relative)
        if Path(relative).suffix.lower() not in IMAGE_EXTENSIONS:
            raise LineError(f"not an image: {relative}")
        if self.dry_run:
            return None
        existing = PortailImage.objects.filter(file_hash=sha1).first()
        if existing:
            return existing
        try:
            with PILImage.open(io.BytesIO(content)) as opened:
                opened.verify()
                width, height = opened.size
        except Exception as error:  # a disguised or broken file
            raise LineError(f"unreadable image {relative}: {error}") from error
        image = PortailImage(title=title[:255], file_hash=sha1, file_size=len(content))
        image.file.save(Path(relative).name, ContentFile(content), save=False)
        image.width, image.height = width, height  # after the file: assigning it resets them
        image.save()
        return image
