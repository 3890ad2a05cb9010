"""The documents' storage must keep files private: checked at start and by `portail check`."""

from django.conf import settings
from django.core.checks import Error, register
from django.core.files.storage import storages


@register("portail")
def check_documents_storage_is_private(app_configs, **kwargs):
    """On S3, a document's address must be signed and short-lived, its object private."""
    if "s3" not in settings.STORAGES["documents"]["BACKEND"].lower():
        return []  # on disk: only the portal's /documents/ view reads the folder
    storage = storages["documents"]
    problems = []
    if storage.default_acl != "private":
        problems.append("objects are not uploaded private (default_acl)")
    if storage.custom_domain:
        problems.append("a custom domain serves them without signatures (custom_domain)")
    if not storage.querystring_auth or "Signature=" not in storage.url("documents/check.pdf"):
        problems.append("their addresses are not signed (querystring_auth)")
    return [
        Error(f"Document files on S3 would be public: {problem}.", id="portail.E002")
        for problem in problems
    ]
