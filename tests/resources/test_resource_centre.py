"""The resource centre: four media types, their counts, players and fallbacks."""

import pytest
from django.core.files.base import ContentFile

from portail.demo.files import make_sound_file
from portail.documents.models import PortailDocument
from portail.resources.models import GalleryPhoto
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def test_four_media_types_with_their_counts_and_a_filter(client):
    builders.resource(title="Guide", media="text")
    builders.resource(title="Album", media="photo")
    builders.resource(title="Podcast 1", media="sound")
    builders.resource(title="Podcast 2", media="sound")
    response = client.get("/ressources/")
    types = [text_of(a) for a in soup(response).select("main .media-types a")]
    assert types == [
        "Texte 1 ressource",
        "Photo 1 ressource",
        "Son 2 ressources",
        "Vidéo 0 ressource",
    ]
    sound = client.get("/ressources/?type=sound")
    assert [text_of(a) for a in soup(sound).select(".card__title a")] == ["Podcast 2", "Podcast 1"]


def test_sound_has_a_player_and_a_transcript(client):
    audio = PortailDocument.objects.create(
        title="Épisode", file=make_sound_file("episode.wav", seconds=1)
    )
    page = builders.resource(
        title="Podcast", media="sound", audio=audio, transcript="<p>Bonjour à tous.</p>"
    )
    html = soup(client.get(page.url))
    assert html.select_one("audio[controls]")["src"] == audio.url
    assert "Bonjour à tous." in text_of(html, ".transcript")


def test_video_whose_provider_cannot_be_reached_is_a_plain_link(client, monkeypatch):
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def unreachable(url, **kwargs):
        raise EmbedNotFoundException

    monkeypatch.setattr("portail.core.templatetags.portail_embeds.get_embed", unreachable)
    page = builders.resource(
        title="Film", media="video", video_url="https://www.youtube.com/watch?v=abc"
    )
    response = client.get(page.url)
    assert response.status_code == 200
    link = soup(response).select_one(".embed--link a")
    assert link["href"] == "https://www.youtube.com/watch?v=abc"
    assert "Voir « Film » sur le site de l’hébergeur" in text_of(link)


def test_photo_gallery_with_captions_and_credits(client):
    image = builders.image("Hué")
    image.caption, image.credit = "La citadelle de Hué", "Ville de Hué"
    image.save()
    page = builders.resource(title="Album", media="photo")
    page.gallery = [GalleryPhoto(image=image)]
    page.save_revision().publish()
    gallery = text_of(client.get(page.url), ".gallery")
    assert "La citadelle de Hué" in gallery
    assert "© Ville de Hué" in gallery


def test_text_resource_lists_its_documents(client):
    page = builders.resource(title="Guide", media="text")
    from portail.resources.models import ResourcePageDocument

    page.documents = [ResourcePageDocument(document=builders.pdf("Guide complet"), label="")]
    page.save_revision().publish()
    section = soup(client.get(page.url)).select_one(".documents")
    assert "Guide complet" in text_of(section)
    assert "PDF –" in text_of(section)


def test_document_disguised_or_unknown_extension_is_refused():
    from wagtail.documents.forms import get_document_form

    from portail.documents.models import PortailDocument as Document

    form_class = get_document_form(Document)
    form = form_class(
        data={"title": "Programme", "collection": "1", "language": "fr"},
        files={"file": ContentFile(b"MZ\x90\x00binary", name="programme.exe")},
    )
    assert not form.is_valid()
    assert "file" in form.errors
