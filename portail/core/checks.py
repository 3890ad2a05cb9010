"""The portal's own system checks, run by `portail check` beside Django's."""

import os

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.core.files.storage import storages


@register("portail")
def check_media_root_writable(app_configs, **kwargs):
    if settings.STORAGES["default"]["BACKEND"] != "django.core.files.storage.FileSystemStorage":
        return []
    media_root = str(settings.MEDIA_ROOT)
    existing = media_root
    while not os.path.isdir(existing):  # the folder is created on first upload
        existing = os.path.dirname(existing)
    if not os.access(existing, os.W_OK):
        return [
            Error(
                f"MEDIA_ROOT ({media_root}) is not writable: uploads would fail.", id="portail.E001"
            )
        ]
    return []


@register("portail")
def check_french_first(app_configs, **kwargs):
    if settings.LANGUAGE_CODE != "fr" or settings.TIME_ZONE != "Europe/Paris":
        return [
            Warning(
                "The portal is French first: LANGUAGE_CODE 'fr', TIME_ZONE 'Europe/Paris'.",
                id="portail.W001",
            )
        ]
    return []


@register("portail", deploy=True)
def check_base_url(app_configs, **kwargs):
    if settings.WAGTAILADMIN_BASE_URL.startswith(("http://127.", "http://localhost")):
        return [
            Warning(
                "BASE_URL is a loopback address: links in e-mails and feeds will not work for readers.",
                hint="Set BASE_URL to the public address, e.g. https://portail.example.org",
                id="portail.W002",
            )
        ]
    return []


@register("portail")
def check_private_storage_is_private(app_configs, **kwargs):
    """On S3, a private file's address must be signed and short-lived, its object private."""
    if "s3" not in settings.STORAGES["private"]["BACKEND"].lower():
        return []  # on disk: only the portal's views read the private folders
    storage = storages["private"]
    problems = []
    if storage.default_acl != "private":
        problems.append("objects are not uploaded private (default_acl)")
    if storage.custom_domain:
        problems.append("a custom domain serves them without signatures (custom_domain)")
    if not storage.querystring_auth or "Signature=" not in storage.url("documents/check.pdf"):
        problems.append("their addresses are not signed (querystring_auth)")
    return [
        Error(f"Private files on S3 would be public: {problem}.", id="portail.E002")
        for problem in problems
    ]
