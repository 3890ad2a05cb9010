"""Where image files live. Those of public collections sit in the media storage and have
addresses of their own; those of private collections, and their renditions, sit under
`private/` in the private storage and are handed out by the portal's view, which checks the
reader (images/views.py). The name of a file says where it is; the collection says where it
should be (images/services.py moves it when the two disagree)."""

from django.core.files.storage import Storage, storages
from django.urls import reverse
from django.utils.deconstruct import deconstructible

from portail.core.private_files import private_storage

PRIVATE_PREFIX = "private/"


def is_private_name(name):
    return name.startswith(PRIVATE_PREFIX)


def image_storage():
    """Named by the images' migrations: the storage of originals (renditions: the setting
    WAGTAILIMAGES_RENDITION_STORAGE)."""
    return ImageStorage()


@deconstructible
class ImageStorage(Storage):
    """Sends each file to the media storage or to the private one, by its name."""

    def backend(self, name):
        return private_storage() if is_private_name(name) else storages["default"]

    def url(self, name):
        if is_private_name(name):
            return reverse("private_image", kwargs={"name": name})
        return storages["default"].url(name)

    def _open(self, name, mode="rb"):
        return self.backend(name).open(name, mode)

    def _save(self, name, content):
        return self.backend(name)._save(name, content)

    def get_available_name(self, name, max_length=None):
        return self.backend(name).get_available_name(name, max_length=max_length)

    def delete(self, name):
        self.backend(name).delete(name)

    def exists(self, name):
        return self.backend(name).exists(name)

    def size(self, name):
        return self.backend(name).size(name)

    def path(self, name):
        return self.backend(name).path(name)

    def listdir(self, path):
        return self.backend(path).listdir(path)

    def get_modified_time(self, name):
        return self.backend(name).get_modified_time(name)

    def get_created_time(self, name):
        return self.backend(name).get_created_time(name)

    def get_accessed_time(self, name):
        return self.backend(name).get_accessed_time(name)
