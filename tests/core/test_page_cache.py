"""The anonymous page cache: fast for visitors, never stale after a publication, never used for
editors, forms or private pages."""

import pickle

import pytest
from django.core.cache import cache
from django.http import HttpResponse
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


def _stored_pages():
    """Every page the shared cache holds, as the bytes anyone may be sent."""
    stored = (pickle.loads(value) for value in list(cache._cache.values()))  # local memory
    return [found.content for found in stored if isinstance(found, HttpResponse)]


def test_a_member_is_shown_the_cached_page_with_their_own_links(
    client, django_assert_max_num_queries
):
    news = builders.news("Première")
    address = news.url
    account = builders.account()  # before the visit: a new member is new content
    anonymous = client.get(address)
    assert anonymous["X-Cache"] == "MISS"
    client.force_login(account)
    with django_assert_max_num_queries(1):  # the session, read once
        member = client.get(address)
    assert member["X-Cache"] == "HIT"
    assert "private" in member["Cache-Control"] and "X-Accel-Expires" not in member
    header = text_of(member, ".site-tools")
    assert "Mon espace" in header and "Se déconnecter" in header
    assert "Espace adhérents" not in header
    assert text_of(member, "main") == text_of(anonymous, "main")  # the page everyone sees
    english = client.get(f"/en{address}")  # rendered for the member: nothing stored
    assert "X-Cache" not in english and "My space" in text_of(english, ".site-tools")


def test_nothing_a_member_is_shown_is_stored_for_everyone(client):
    pages = [builders.news(f"Article {n}") for n in range(3)]
    addresses = ["/", "/actualites/", *(page.url for page in pages)]
    account = builders.account(email="camille.durand@example.org", first_name="Camille")
    client.force_login(account)
    for address in addresses:  # the member is the first to ask for each page
        assert "Mon espace" in text_of(client.get(address), ".site-tools")
    for content in _stored_pages():
        assert b"Mon espace" not in content and b"camille" not in content.lower()
        assert b"csrfmiddlewaretoken" not in content
    client.logout()
    for address in addresses:
        response = client.get(address)
        assert response["X-Cache"] == "MISS"  # the member's pages were not stored
        assert "Mon espace" not in text_of(response, ".site-tools")


def test_a_cookie_without_a_session_reads_the_cache_and_is_dropped(
    client, settings, django_assert_max_num_queries
):
    address = builders.news("Première").url
    client.get(address)
    client.cookies[settings.SESSION_COOKIE_NAME] = "no-such-session-" + "x" * 16
    with django_assert_max_num_queries(1):
        response = client.get(address)
    assert response["X-Cache"] == "HIT"
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""  # deleted
    assert "Espace adhérents" in text_of(response, ".site-tools")


def test_a_message_to_read_is_shown_on_the_whole_page(client):
    account = builders.account()
    client.get("/")
    client.force_login(account)
    response = client.post("/compte/deconnexion/", follow=True)  # its message, on "/"
    assert "X-Cache" not in response
    assert "Vous êtes déconnecté·e." in text_of(response)
    assert "Vous êtes déconnecté·e." not in text_of(client.get("/"))  # read once, gone
