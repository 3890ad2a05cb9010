"""Searching in headless Chromium: suggestions under the header's box, used with the keyboard;
a search narrowed by a facet, then a result opened."""

import pytest

from tests import builders

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def portal():
    senegal, mali = builders.country("SN"), builders.country("ML")
    builders.news(
        "Coopération décentralisée à Dakar",
        body="<p>Les jumelages franco-sénégalais.</p>",
        countries=[senegal],
    )
    builders.news(
        "Coopération hydraulique à Bamako",
        body="<p>Un jumelage pour l’eau potable.</p>",
        countries=[mali],
    )
    builders.event("Coopération : réunion du groupe-pays Mali", countries=[mali])


def test_a_suggestion_is_picked_with_the_keyboard(live_server, page, portal):
    page.goto(live_server.url + "/")
    box = page.get_by_role("combobox", name="Rechercher sur le site")
    box.press_sequentially("cooperation hyd", delay=30)
    options = page.get_by_role("option")
    options.first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert options.count() == 1
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    box.press("Enter")
    page.wait_for_url("**/actualites/cooperation-hydraulique-a-bamako/")
    assert page.locator("h1").inner_text() == "Coopération hydraulique à Bamako"
    assert page.console_errors == []


def test_a_search_is_narrowed_by_a_facet_then_a_result_opened(live_server, page, portal):
    page.goto(live_server.url + "/")
    page.get_by_role("combobox", name="Rechercher sur le site").fill("jumelages")
    page.get_by_role("combobox", name="Rechercher sur le site").press("Enter")
    page.wait_for_url("**/recherche/?q=jumelages")
    assert page.locator(".search-count").inner_text() == "2 résultats pour « jumelages »"
    assert page.locator(".search-result__snippet mark").first.inner_text().startswith("jumelage")

    page.locator(".facet a", has_text="Mali").click()
    page.wait_for_url("**pays=ml**")
    assert page.locator(".search-count").inner_text() == "1 résultat pour « jumelages »"
    assert page.locator(".facet__selected").inner_text().startswith("✓ Mali")

    page.locator(".search-results").get_by_role(
        "link", name="Coopération hydraulique à Bamako"
    ).click()
    assert page.locator("h1").inner_text() == "Coopération hydraulique à Bamako"
    page.go_back()
    assert "pays=ml" in page.url  # the narrowed list is an address: it can be shared
    assert page.console_errors == []
