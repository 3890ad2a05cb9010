"""Images uploaded in the admin: a broken file is refused with a message, a good one saved."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from portail.images.models import PortailImage

pytestmark = pytest.mark.django_db

BROKEN_PNG = b"\x89PNG\r\n\x1a\n" + b"garbage" * 100


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("equipe@example.org", "x"))
    return client


def test_a_broken_png_is_refused_with_a_message(editor):
    upload = SimpleUploadedFile("photo.png", BROKEN_PNG, content_type="image/png")
    response = editor.post("/admin/images/add/", {"title": "Photo", "file": upload})
    assert response.status_code == 200
    assert "image" in response.content.decode().lower() and not PortailImage.objects.exists()
    upload = SimpleUploadedFile("photo.png", BROKEN_PNG, content_type="image/png")
    response = editor.post(
        "/admin/images/multiple/add/",
        {"title": "Photo", "files[]": upload},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code < 500
    assert response.json()["success"] is False and not PortailImage.objects.exists()


def test_a_good_png_is_saved(editor):
    upload = SimpleUploadedFile("photo.png", png(), content_type="image/png")
    editor.post("/admin/images/add/", {"title": "Photo", "file": upload})
    assert PortailImage.objects.get().width == 40
