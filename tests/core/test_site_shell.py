"""The site shell: header, navigation, footer, error pages, French by default."""

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from wagtail.models import Site

from portail.core.models import SiteSettings, StandardPage
from portail.core.services import page_publish
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_settings():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.site_name = "Cités Unies France"
    settings.tagline = "Le portail de la coopération décentralisée"
    settings.contact_email = "contact@exemple.fr"
    settings.save()
    return settings


def test_home_page_shows_site_name_and_tagline(client, site_settings):
    response = client.get("/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    header = text_of(response, ".site-header")
    assert "Cités Unies France" in header
    assert "Le portail de la coopération décentralisée" in header
    assert soup(response).html["lang"] == "fr"


def test_main_navigation_is_built_from_the_page_tree(client, site_settings):
    builders.news_index()
    builders.agenda()
    page_publish(builders.home(), StandardPage(title="Mentions légales", slug="mentions-legales"))
    response = client.get("/")
    menu = [a.get_text(strip=True) for a in soup(response).select(".site-nav a")]
    assert menu == ["Actualités", "Agenda"]
    footer = [a.get_text(strip=True) for a in soup(response).select(".site-footer__links a")]
    assert footer == ["Mentions légales", "Lettre d’information"]


def test_skip_link_leads_to_main_content(client, site_settings):
    page = soup(client.get("/"))
    skip = page.select_one("a.skip-link")
    assert skip["href"] == "#contenu"
    assert page.select_one("main#contenu") is not None


def test_contact_email_is_not_in_the_html_as_an_address(client, site_settings):
    html = client.get("/").content.decode()
    assert "contact@exemple.fr" not in html
    assert "contact [arobase] exemple [point] fr" in " ".join(
        text_of(soup(client.get("/")), ".site-footer").split()
    )


def test_unknown_address_is_a_404_in_the_site_look(client, site_settings):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in text_of(response, "main")
    assert "Cités Unies France" in text_of(response, ".site-header")


def test_server_error_page_renders_without_database_or_context():
    html = render_to_string("500.html")
    assert "Une erreur est survenue" in html
    assert 'lang="fr"' in html


def test_french_first_settings():
    assert settings.LANGUAGE_CODE == "fr"
    assert settings.TIME_ZONE == "Europe/Paris"
    assert settings.DEFAULT_CHARSET == "utf-8"


def test_english_interface_under_en_prefix(client, site_settings):
    response = client.get("/en/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "en"
    assert "Skip to content" in text_of(response, ".skip-link")


def test_print_stylesheet_is_linked_for_print_media(client, site_settings):
    links = soup(client.get("/")).select("link[rel=stylesheet][media=print]")
    assert links and links[0]["href"].endswith("print.css")


def test_html_pages_carry_a_content_security_policy(client, django_user_model):
    builders.news("Une actualité")
    policy = client.get("/actualites/")["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    client.force_login(django_user_model.objects.create_superuser("equipe@example.org", "x"))
    admin_policy = client.get("/admin/")["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in admin_policy
    assert "Content-Security-Policy" not in client.get("/flux/actualites.rss")
