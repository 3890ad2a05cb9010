"""A document is downloaded through the portal's /documents/ view only, which applies its
collection's privacy; no storage gives its file a public address."""

import os
import subprocess
import sys
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.checks import run_checks
from django.core.files.storage import storages
from django.test import override_settings
from wagtail.models import Collection, CollectionViewRestriction

from portail.accounts.services import members_group
from portail.core.checks import check_private_storage_is_private
from tests import builders

pytestmark = pytest.mark.django_db


def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Réservé aux adhérents")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())
    return collection


def media_address(document):
    return f"/media/{document.file.name}"


def test_a_private_document_is_reachable_by_no_public_address_whatever_its_collection(client):
    document = builders.pdf("Relevé de décisions")
    public_collection = document.collection
    assert client.get(document.url).status_code == 200
    assert client.get(media_address(document)).status_code == 404

    document.collection = private_collection()
    document.save()
    assert client.get(document.url).status_code == 302  # to the login page
    assert client.get(media_address(document)).status_code == 404

    document.collection = public_collection
    document.save()
    assert client.get(document.url).status_code == 200
    assert client.get(media_address(document)).status_code == 404


@pytest.mark.parametrize(
    "disguise", ["./documents/{}", "images/../documents/{}", "/documents/{}", "documents//{}"]
)
def test_the_documents_folder_stays_closed_under_a_disguised_path(client, disguise):
    document = builders.pdf("Relevé de décisions")
    name = document.file.name.split("/", 1)[1]
    assert client.get("/media/" + disguise.format(name)).status_code == 404


S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "portail-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
    "AWS_ACCESS_KEY_ID": "test-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
}


def test_s3_settings_keep_documents_private_and_their_addresses_signed():
    """The S3 configuration as production reads it from the environment (no bucket is
    reached: addresses are signed locally)."""
    script = (
        "import django; django.setup()\n"
        "from django.core.files.storage import storages\n"
        "from portail.core.checks import check_private_storage_is_private as check\n"
        "documents = storages['private']\n"
        "print(documents.default_acl, documents.bucket_name)\n"
        "print(documents.url('documents/releve.pdf'))\n"
        "print(storages['default'].url('images/photo.jpg'))\n"
        "print(check(None))\n"
    )
    env = {**os.environ, **S3_ENV, "DJANGO_SETTINGS_MODULE": "portail.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    acl_and_bucket, document_url, image_url, errors = result.stdout.splitlines()
    assert acl_and_bucket == "private portail-media"
    assert document_url.startswith("https://s3.example.org/portail-media/documents/releve.pdf?")
    query = parse_qs(urlsplit(document_url).query)
    assert query["Signature"] and 0 < int(query["Expires"][0]) - time.time() <= 61
    assert image_url == "https://media.example.org/images/photo.jpg"  # images stay public
    assert errors == "[]"


def test_the_check_refuses_an_s3_private_storage_that_would_be_public():
    public = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "portail-media",
            "access_key": "k",
            "secret_key": "s",
            "default_acl": "public-read",
            "querystring_auth": False,
            "custom_domain": "media.example.org",
        },
    }
    with override_settings(STORAGES={**storages.backends, "private": public}):
        storages._storages.pop("private", None)
        try:
            errors = check_private_storage_is_private(None)
        finally:
            storages._storages.pop("private", None)
    assert {error.id for error in errors} == {"portail.E002"}
    assert len(errors) == 3
    assert not [e for e in run_checks(tags=["portail"]) if e.id == "portail.E002"]
