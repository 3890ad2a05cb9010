"""The anonymous page cache: fast for visitors, never stale after a publication, never used for
editors, forms or private pages."""

import pytest
from wagtail.models import PageViewRestriction

from portail.core.cache import bump_content_version, content_version
from tests import builders
from tests.html import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE = True


def test_a_second_anonymous_visit_is_served_from_the_cache(client):
    builders.news("Première")
    first = client.get("/actualites/")
    second = client.get("/actualites/")
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content
    assert "max-age=0" in second["Cache-Control"]  # browsers ask again: the next publication shows


def test_publishing_unpublishing_and_editing_show_on_the_next_request(client):
    older = builders.news("Plus ancienne")
    client.get("/"), client.get("/actualites/"), client.get(older.url)
    newer = builders.news("Toute nouvelle")
    assert "Toute nouvelle" in text_of(client.get("/"))
    assert "Toute nouvelle" in text_of(client.get("/actualites/"))
    assert "Toute nouvelle" in text_of(client.get(older.url))  # the neighbour's "next" link
    newer.title = "Titre corrigé"
    newer.save_revision().publish()
    assert "Titre corrigé" in text_of(client.get(older.url))
    newer.unpublish()
    assert client.get(newer.url).status_code == 404
    assert "Titre corrigé" not in text_of(client.get("/actualites/"))


def test_editors_are_never_served_nor_stored(client, django_user_model):
    builders.news("Article")
    editor = django_user_model.objects.create_superuser("redaction@example.org", "x")
    client.force_login(editor)
    response = client.get("/actualites/")
    assert "X-Cache" not in response
    assert client.get("/admin/").get("X-Cache") is None
    client.logout()
    assert client.get("/actualites/")["X-Cache"] == "MISS"  # nothing stored for the editor


def test_password_protected_pages_and_forms_are_not_cached(client):
    private = builders.news("Réservée")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    prompt = client.get(private.url)
    assert "X-Cache" not in prompt
    assert client.post("/recherche/").get("X-Cache") is None


def test_the_version_file_is_shared_by_every_worker(settings, tmp_path):
    settings.CONTENT_VERSION_FILE = str(tmp_path / "content-version")
    before = content_version()
    assert (tmp_path / "content-version").read_text() == before
    bump_content_version()
    assert content_version() != before  # what another process reads from the same file


def test_a_members_only_teaser_keeps_its_no_cache_headers(client, settings):
    settings.FRONT_CACHE_PURGE_URL = "http://127.0.0.1:9/purge"  # nginx would read X-Accel-Expires
    teaser = builders.members_only(builders.news("Note aux adhérents"))
    response = client.get(teaser.url)
    assert "Réservé aux adhérents" in text_of(response)
    assert "no-cache" in response["Cache-Control"]
    assert "X-Cache" not in response and "X-Accel-Expires" not in response
    client.force_login(builders.account())
    assert "Réservé aux adhérents" not in text_of(client.get(teaser.url))


def test_a_cached_page_is_answered_before_sessions_users_and_the_language_are_read(
    client, monkeypatch
):
    news = builders.news("Première")
    address = news.url  # before any request: a request read in English leaves English on
    french, english = client.get(address), client.get(f"/en{address}")
    assert (french["X-Cache"], english["X-Cache"]) == ("MISS", "MISS")

    def not_for_a_hit(*args, **kwargs):
        raise AssertionError("a middleware after the cache ran")

    for path in (
        "django.contrib.sessions.middleware.SessionMiddleware.process_request",
        "django.middleware.locale.LocaleMiddleware.process_request",
        "django.contrib.auth.middleware.AuthenticationMiddleware.process_request",
    ):
        monkeypatch.setattr(path, not_for_a_hit)
    again, again_english = client.get(address), client.get(f"/en{address}")
    assert (again["X-Cache"], again_english["X-Cache"]) == ("HIT", "HIT")
    assert again.content == french.content and again_english.content == english.content
