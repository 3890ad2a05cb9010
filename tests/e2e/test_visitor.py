"""A visitor's path through the portal, in headless Chromium."""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from portail.taxonomy.models import Country
from tests import builders

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def portal():
    senegal, japan = Country.objects.get(code="SN"), Country.objects.get(code="JP")
    today = timezone.localdate()
    builders.news(title="Un article plus ancien", date=today - datetime.timedelta(days=3))
    builders.news(
        title="CGLU : réunion des commissions",
        date=today - datetime.timedelta(days=2),
        subtitle="en visioconférence",
        documents=[("Compte-rendu", builders.pdf("Compte-rendu de la réunion"))],
    )
    builders.news(title="MEAE/DAECT : appel à projets", date=today - datetime.timedelta(days=1))
    builders.event(title="Réunion du groupe-pays Sénégal", countries=[senegal])
    builders.event(title="Réunion du groupe-pays Japon", countries=[japan])
    home = builders.home()
    home.pinned_news = (
        builders.news_index().get_children().get(title="CGLU : réunion des commissions").specific
    )
    home.save_revision().publish()


def test_visitor_reads_downloads_navigates_and_filters_the_agenda(live_server, page, portal):
    page.goto(live_server.url + "/")
    page.locator(".home__news .card__title a").first.click()
    assert page.locator("h1").inner_text() == "CGLU : réunion des commissions"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Compte-rendu").click()
    downloaded = Path(download_info.value.path())
    assert downloaded.read_bytes().startswith(b"%PDF")

    page.locator(".neighbours__next").click()
    assert page.locator("h1").inner_text() == "MEAE/DAECT : appel à projets"

    page.locator(".site-nav").get_by_role("link", name="Agenda").click()
    page.get_by_label("Pays").select_option("sn")
    page.get_by_role("button", name="Filtrer").click()
    # expect() waits for the filtered page: the click returns once its navigation has begun.
    expect(page.locator(".cards .card__title a")).to_have_text(["Réunion du groupe-pays Sénégal"])
    page.get_by_role("link", name="Réunion du groupe-pays Sénégal").first.click()
    assert page.locator("h1").inner_text() == "Réunion du groupe-pays Sénégal"
    assert page.console_errors == []


def test_printed_article_has_no_navigation_sidebar_or_share_links(live_server, page, portal):
    article = builders.news_index().get_children().get(title="CGLU : réunion des commissions")
    page.goto(live_server.url + article.url)
    assert page.locator(".site-nav").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".sidebar").is_visible()
    assert not page.locator(".share").is_visible()
    assert page.locator("h1").is_visible()


def test_article_is_readable_at_320_pixels(live_server, page, portal):
    article = builders.news_index().get_children().get(title="CGLU : réunion des commissions")
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + article.url)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320
