"""Read in English, the portal stays in English: links lead to a page's English version when
editors made one, else to the French page under /en/, shown with a notice and lang="fr" on
its content; a language switch and hreflang alternates lead from one language to the other."""

import datetime
import zoneinfo

import pytest
from wagtail.models import Locale

from portail.core.models import HomePage
from tests import builders
from tests.html import soup

pytestmark = pytest.mark.django_db


def translate(page):
    """What "Traduire en anglais" does: an English copy (with its parents) to be edited."""
    copy = page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    copy.title = f"{page.title} (English)"
    copy.save_revision().publish()
    return copy


def page_links(response):
    """The addresses of the pages a reader can follow (not files, feeds, or the switch)."""
    document = soup(response)
    for switch in document.select(".language-switch"):
        switch.decompose()
    for link in document.select("a[href^='/']"):
        href = link["href"]
        if not href.startswith(("/static/", "/media/", "/documents/", "/flux/", "/admin/")):
            yield href


def test_a_french_page_read_in_english_keeps_every_link_in_english(client):
    news = builders.news("Assises de la coopération")
    builders.agenda()
    french_url = news.url
    response = client.get(f"/en{french_url}")
    assert response.status_code == 200
    links = list(page_links(response))
    assert len(links) >= 5
    assert [link for link in links if not link.startswith("/en/")] == []
    page = soup(response)
    assert page.html["lang"] == "en"
    assert page.select_one("main")["lang"] == "fr"  # its content is French, and says so
    notice = page.select_one("main .notice--language")
    assert "not been translated" in notice.get_text() and notice["lang"] == "en"
    switch = {link["lang"]: link["href"] for link in page.select(".language-switch a")}
    assert switch == {"fr": french_url}


def test_in_french_nothing_changes_and_the_switch_leads_to_the_english_home(client):
    news = builders.news("Assises de la coopération")
    page = soup(client.get(news.url))
    assert page.select_one("main").get("lang") is None
    assert page.select_one(".notice--language") is None
    assert [link["href"] for link in page.select(".language-switch a")] == ["/en/"]
    alternates = {link["hreflang"]: link["href"] for link in page.select("link[hreflang]")}
    assert set(alternates) == {"fr", "x-default"} and alternates["fr"].endswith(news.url)


def test_a_translated_page_is_reached_from_both_languages(client):
    news = builders.news("Assises de la coopération")
    english = translate(news)
    french_url, english_url = news.url, english.url
    assert english_url.startswith("/en/")

    french = soup(client.get(french_url))
    assert [link["href"] for link in french.select(".language-switch a")] == [english_url]
    alternates = {link["hreflang"]: link["href"] for link in french.select("link[hreflang]")}
    assert alternates["en"].endswith(english_url) and alternates["fr"].endswith(french_url)

    response = client.get(english_url)
    page = soup(response)
    assert response.status_code == 200 and page.select_one("main").get("lang") is None
    assert [link["href"] for link in page.select(".language-switch a")] == [french_url]

    listing = soup(client.get("/en/actualites/"))  # the French listing, read in English
    assert english_url in [link["href"] for link in listing.select("main a")]


def test_once_an_english_home_exists_untranslated_pages_are_still_read_under_en(client):
    translate(builders.news("Traduite"))
    assert HomePage.objects.filter(locale__language_code="en").exists()  # came with it
    other = builders.news("Pas traduite")
    response = client.get(f"/en{other.url}")
    assert response.status_code == 200
    assert soup(response).select_one("main")["lang"] == "fr"


def test_the_sitemap_gives_a_translated_page_its_alternates_in_french_whatever_the_browser(
    client,
):
    news = builders.news("Assises de la coopération")
    english_url, french_url = translate(news).url, news.url
    xml = client.get("/sitemap-pages.xml", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"<loc>http://127.0.0.1:8000{french_url}</loc>" in xml
    assert f'hreflang="en" href="http://127.0.0.1:8000{english_url}"' in xml
    assert f'hreflang="fr" href="http://127.0.0.1:8000{french_url}"' in xml


def test_dates_and_times_read_in_english_are_english(client):
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    start = datetime.datetime(2027, 1, 20, 10, 0, tzinfo=paris)
    event = builders.event(
        "Réunion du groupe-pays Sénégal", start=start, end=start + datetime.timedelta(hours=2.5)
    )
    french_url = event.url
    english = soup(client.get(f"/en{french_url}")).get_text(" ")
    assert "Wednesday 20 January 2027, 10:00–12:30" in " ".join(english.split())
    french = soup(client.get(french_url)).get_text(" ")
    assert "mercredi 20 janvier 2027, de 10 h 00 à 12 h 30" in " ".join(french.split())


def test_a_translated_section_is_named_in_english_in_the_english_menu(client):
    news_index = builders.news_index()
    english = news_index.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.title = "News"
    english.save_revision().publish()
    menu = soup(client.get("/en/")).select_one("nav.site-nav")
    assert "News" in [link.get_text(strip=True) for link in menu.select("a")]
    assert "News" not in soup(client.get("/")).select_one("nav.site-nav").get_text()


def test_lists_search_and_suggestions_read_in_english_give_english_titles_and_addresses(client):
    news = builders.news("Assises de la coopération", body="<p>Les assises du réseau.</p>")
    other = builders.news("Assises des jeunes", body="<p>Les assises de la jeunesse.</p>")
    english = translate(news)
    english_url, other_url, news_url = english.url, other.url, news.url

    listing = soup(client.get("/en/actualites/"))
    titles = {
        link.get_text(strip=True): link["href"] for link in listing.select("main .card__title a")
    }
    assert titles[english.title] == english_url
    assert titles["Assises des jeunes"] == f"/en{other_url}"  # untranslated: French, under /en/

    results = soup(client.get("/en/recherche/?q=assises"))
    found = {
        " ".join(link.get_text().split()): link["href"]
        for link in results.select(".search-result__title a")
    }
    assert found == {english.title: english_url, "Assises des jeunes": f"/en{other_url}"}

    suggestions = client.get("/en/recherche/suggestions/?q=assises").json()["suggestions"]
    assert {item["title"]: item["url"] for item in suggestions} == {
        english.title: english_url,
        "Assises des jeunes": f"/en{other_url}",
    }
    french = client.get("/recherche/suggestions/?q=assises").json()["suggestions"]
    assert {item["url"] for item in french} == {news_url, other_url}


def test_the_tagline_and_the_protected_address_are_read_in_english(client):
    from wagtail.models import Site

    from portail.core.models import SiteSettings

    news = builders.news("Assises de la coopération")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.tagline, settings.tagline_en = "Le portail de la coopération", "The cooperation portal"
    settings.contact_email = "contact@exemple.fr"
    settings.save()
    french, english = soup(client.get(news.url)), soup(client.get(f"/en{news.url}"))
    assert french.select_one(".site-brand__tagline").get_text() == "Le portail de la coopération"
    assert english.select_one(".site-brand__tagline").get_text() == "The cooperation portal"
    assert "The cooperation portal" in english.select_one(".site-footer__name").get_text()
    assert english.select_one(".protected-email").get_text() == "contact [at] exemple [dot] fr"
