import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests render pages; the page cache has its own tests (tests/core/test_page_cache.py).
PAGE_CACHE = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Each test run writes its files in its own folders, removed by the OS's tmp cleaning.
MEDIA_ROOT = tempfile.mkdtemp(prefix="portail-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="portail-test-static-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests log in with client.login() (no request, which django-axes needs); its own test turns it on.
AXES_ENABLED = False
# Registrations sent at once are refused in production; its own test sets the delay.
REGISTRATION_MIN_SECONDS = 0
