"""An image of a private collection, its renditions too, is handed out by the portal to those
who may see it, and has no public address; moving it in or out of such a collection, or making
its collection private or public again, moves its files at once."""

import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection, CollectionViewRestriction

from portail.accounts.services import members_group
from portail.images.models import PortailImage
from portail.images.selectors import CARD
from tests import builders
from tests.images.test_upload import png

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """The old files go once the move is committed: run what waits for the commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def restrict(collection):
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())
    return restriction


def private_collection():
    return restrict(
        Collection.get_first_root_node().add_child(name="Réservé aux adhérents")
    ).collection


def addresses(image):
    """Every address the image's files have: the original and a rendition the pages use."""
    image.refresh_from_db()
    return [image.file.url, image.get_rendition(CARD).url]


def media_addresses(image):
    """Where the files would be if the media folder served them."""
    image.refresh_from_db()
    return [f"/media/{image.file.name}", f"/media/{image.get_rendition(CARD).file.name}"]


def test_a_public_image_has_public_addresses(client):
    image = builders.image()
    for address in addresses(image):
        assert address.startswith("/media/")
        assert client.get(address).status_code == 200


def test_an_image_moved_into_a_private_collection_is_shown_to_members_only(client, committed):
    image = builders.image("Photo de l'assemblée")
    public_collection = image.collection
    public_addresses = addresses(image)

    image.collection = private_collection()
    with committed():
        image.save()
    for address in public_addresses + media_addresses(image):
        assert client.get(address).status_code == 404, address
    for address in addresses(image):
        assert address.startswith("/images-privees/private/")
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"].startswith("/compte/connexion/")

    client.force_login(builders.account(members=False))
    assert all(client.get(address).status_code == 403 for address in addresses(image))

    client.force_login(builders.account())
    for address in addresses(image):
        response = client.get(address)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("image/")
        assert "private" in response["Cache-Control"]
        assert b"".join(response.streaming_content)[:4] in (b"\x89PNG", b"RIFF")

    image.collection = public_collection
    with committed():
        image.save()
    client.logout()
    assert all(client.get(address).status_code == 200 for address in addresses(image))
    assert storages["private"].listdir("private/original_images")[1] == []
    assert storages["private"].listdir("private/images")[1] == []


def test_an_image_uploaded_into_a_private_collection_never_lands_in_the_public_folder(
    client, django_user_model
):
    collection = private_collection()
    client.force_login(django_user_model.objects.create_superuser("equipe@example.org", "x"))
    upload = SimpleUploadedFile("releve-confidentiel.png", png(), content_type="image/png")
    client.post(
        "/admin/images/add/", {"title": "Relevé", "file": upload, "collection": collection.pk}
    )
    image = PortailImage.objects.get(title="Relevé")
    assert image.file.name.startswith("private/original_images/releve-confidentiel")
    assert image.renditions.count() == 3  # the standard sizes, beside it
    assert all(r.file.name.startswith("private/images/") for r in image.renditions.all())
    public_names = storages["default"].listdir("original_images")[1]
    assert not [name for name in public_names if name.startswith("releve-confidentiel")]


def test_a_collection_made_private_then_public_again_takes_its_images_along(client, committed):
    collection = Collection.get_first_root_node().add_child(name="Photothèque")
    inner = collection.add_child(name="Assemblée générale")
    image = builders.image()
    image.collection = inner
    image.save()
    public_addresses = addresses(image)

    with committed():
        restriction = restrict(collection)
    assert all(client.get(address).status_code == 404 for address in public_addresses)
    assert all(client.get(address).status_code == 302 for address in addresses(image))

    with committed():
        restriction.delete()
    assert all(client.get(address).status_code == 200 for address in addresses(image))


@pytest.mark.parametrize(
    "address",
    [
        "/images-privees/private/original_images/nothing.png",
        "/images-privees/original_images/test.png",
        "/images-privees/private/../documents/x.pdf",
        "/media/private/original_images/test.png",
        "/media/./private/images/test.png",
    ],
)
def test_no_other_address_reaches_the_private_folder(client, address):
    assert client.get(address).status_code == 404


def test_s3_settings_keep_private_images_in_private_objects():
    """The S3 configuration as production reads it: public images keep their media address,
    private ones are named by the portal's view, which sends to a signed, short-lived object."""
    script = (
        "import django; django.setup()\n"
        "from portail.images.storage import ImageStorage\n"
        "storage = ImageStorage()\n"
        "private = storage.backend('private/original_images/a.jpg')\n"
        "print(private.default_acl, private.querystring_auth)\n"
        "print(storage.url('original_images/a.jpg'))\n"
        "print(storage.url('private/original_images/a.jpg'))\n"
        "print(private.url('private/original_images/a.jpg'))\n"
    )
    env = {
        **os.environ,
        "AWS_STORAGE_BUCKET_NAME": "portail-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
        "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
        "AWS_PRIVATE_BUCKET_NAME": "portail-private",
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
        "DJANGO_SETTINGS_MODULE": "portail.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    acl, public_url, private_url, object_url = result.stdout.splitlines()
    assert acl == "private True"
    assert public_url == "https://media.example.org/original_images/a.jpg"
    assert private_url == "/images-privees/private/original_images/a.jpg"
    assert object_url.startswith("https://s3.example.org/portail-private/private/original_images/")
    assert "Signature=" in object_url


def test_a_public_page_never_announces_a_private_image_to_social_networks(client):
    image = builders.image("Photo réservée")
    image.collection = private_collection()
    image.save()
    page = builders.news("Assemblée générale", image=image)
    head = BeautifulSoup(client.get(page.url).content, "html.parser").head
    og_image = head.select_one('meta[property="og:image"]')
    assert og_image is None or "/images-privees/" not in og_image["content"]
    assert "/images-privees/" not in head.select_one('script[type="application/ld+json"]').string
