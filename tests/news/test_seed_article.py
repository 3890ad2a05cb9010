"""The seed article page renders with every element of ../shared/seed/article-page.txt."""

import pytest
from wagtail.models import Site

from portail.core.models import SiteSettings
from tests import builders
from tests.html import soup, text_of
from tests.seed import SEED_ARTICLE_SLUG, build_seed_world, seed_lines

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seed_world(module_db):
    build_seed_world()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.default_image = builders.image("Image par défaut")
    settings.save()


@pytest.fixture
def seed_page(seed_world, client):
    response = client.get(f"/actualites/{SEED_ARTICLE_SLUG}/")
    assert response.status_code == 200
    return response


def test_header_shows_site_name_and_tagline_in_clean_utf8(seed_page):
    header = text_of(seed_page, ".site-header")
    assert "Cités Unies France" in header
    assert "Le portail de la coopération décentralisée" in header
    assert "Ã" not in seed_page.content.decode("utf-8")


def test_article_carries_title_subtitle_and_every_body_paragraph(seed_page):
    article = next(line for line in seed_lines() if line.get("slug") == SEED_ARTICLE_SLUG)
    main = text_of(seed_page, "main")
    assert text_of(seed_page, "h1") == article["title"]
    assert article["subtitle"] in main
    for paragraph in article["body"].split("\n\n"):
        assert " ".join(paragraph.split()) in main


def test_documents_to_download_with_format_and_size(seed_page, client):
    section = soup(seed_page).select_one(".documents")
    assert "Documents à télécharger" in text_of(section)
    link = section.find("a", string="Compte-rendu")
    assert link is not None
    assert "PDF – 842 octets" in text_of(section)
    download = client.get(link["href"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_publication_date_in_french_long_format(seed_page):
    assert "Publié le 12 juin 2020" in text_of(seed_page, "main")


def test_share_links_are_plain_links_and_print_button(seed_page):
    share = soup(seed_page).select_one(".share")
    networks = [a.get_text(" ", strip=True) for a in share.select("a")]
    assert [n.split(" (")[0] for n in networks] == [
        "Facebook",
        "X",
        "LinkedIn",
        "Bluesky",
        "E-mail",
    ]
    assert "Imprimer" in text_of(share)
    assert not soup(seed_page).select("script[src*='facebook'], script[src*='twitter'], iframe")


def test_previous_and_next_articles_with_weekday_dates(seed_page):
    neighbours = text_of(seed_page, ".neighbours")
    assert (
        "jeudi 11 juin 2020 Russie : Invitation à un Online Business Mission - Fondation Skolkovo"
        in neighbours
    )
    assert "lundi 15 juin 2020 MEAE/DAECT : COMMUNIQUÉ : Prolongation" in neighbours


def test_sidebar_agenda_shows_next_events_with_day_and_short_month(seed_page):
    agenda = text_of(seed_page, ".sidebar__agenda")
    assert "22 jan Save the Date ! Réunion du groupe-pays Vietnam" in agenda
    assert "23 jan CUF : Chroniques géopolitiques" in agenda
    assert "10 fév Deuxième réunion du comité de pilotage" in agenda


def test_sidebar_latest_news_with_default_image(seed_page):
    block = soup(seed_page).select_one(".sidebar__news")
    items = block.select("li")
    assert [text_of(li) for li in items] == [
        "CUF : Offre de stage : un(e) assistant(e) : Groupe-pays JAPON - RENCONTRES AICT 2026 - Communication - Février 2026",
        "Territoires Volontaires : Lancement du 5e appel à manifestation d’intérêt pour les collectivités territoriales, janvier 2026",
        "Les Chroniques géopolitiques de Cités Unies France : un rendez-vous mensuel pour les adhérents",
    ]
    assert all(li.find("img") for li in items)


def test_resource_centre_entry_by_media_type(seed_page):
    entry = text_of(seed_page, ".sidebar__resources")
    assert "Centre de ressources" in entry
    for label in ("Texte", "Photo", "Son", "Vidéo"):
        assert label in entry


def test_tags_under_sur_ces_themes_link_to_their_pages(seed_page, client):
    tags = soup(seed_page).select_one(".article__tags")
    assert "Sur ces thèmes" in text_of(tags)
    links = {a.get_text(strip=True): a["href"] for a in tags.select("a")}
    assert set(links) == {"CGLU", "CUF", "Réseau Monde & Europe"}
    page = client.get(links["CGLU"])
    assert page.status_code == 200
    assert "CGLU : Opportunités de renouvellement" in text_of(page, "main")
