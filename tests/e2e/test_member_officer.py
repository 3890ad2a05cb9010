"""A member officer prepares an action in Senegal, and looks at the atlas, in headless Chromium."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests import builders

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def network():
    senegal, mali = builders.country("SN"), builders.country("ML")
    builders.member_directory()
    builders.atlas()
    builders.opportunities()
    lille, rennes, lyon = (builders.member(name) for name in ("Lille", "Rennes", "Lyon"))
    builders.partnership(lille, senegal, "Saint-Louis", since=1978)
    builders.partnership(rennes, senegal, "Dakar")
    builders.partnership(lyon, mali, "Bamako")
    builders.country_group(senegal, president_name="Awa Diallo")
    now = timezone.now()
    builders.event(
        "Réunion du groupe-pays Sénégal",
        start=now + datetime.timedelta(days=9),
        countries=[senegal],
    )
    builders.event(
        "Réunion suivante du groupe-pays Sénégal",
        start=now + datetime.timedelta(days=60),
        countries=[senegal],
    )
    builders.call("Fonds franco-sénégalais", countries=[senegal])
    builders.call("Appel Mali", countries=[mali])
    builders.call(
        "Ancien appel Sénégal",
        countries=[senegal],
        deadline=now - datetime.timedelta(days=2),
    )


def test_officer_finds_senegal_calls_then_the_country_and_its_group(live_server, page, network):
    page.goto(live_server.url + "/opportunites/")
    page.select_option("#id_pays", "sn")
    page.get_by_role("button", name="Filtrer").click()
    # expect() waits for the filtered page: the click returns once its navigation has begun.
    expect(page.locator(".card--call .card__title a")).to_have_text(["Fonds franco-sénégalais"])

    page.locator(".card--call .tags a", has_text="Sénégal").first.click()
    assert page.locator("h1").inner_text() == "Sénégal"
    authorities = page.locator("section:has(#tag-partnerships) tbody th")
    assert sorted(authorities.all_inner_texts()) == ["Lille", "Rennes"]

    page.get_by_role("link", name="Groupe-pays Sénégal", exact=True).click()
    meetings = page.locator("section:has(#group-meetings) li a")
    assert meetings.first.inner_text() == "Réunion du groupe-pays Sénégal"
    assert page.locator("#group-members + ul a").all_inner_texts() == ["Lille", "Rennes"]
    assert page.console_errors == []


def test_atlas_shows_a_country_count_on_hover_and_focus_matching_the_table(
    live_server, page, network
):
    page.goto(live_server.url + "/atlas/")
    tooltip = page.locator("[data-atlas-tooltip]")
    assert tooltip.is_hidden()

    page.locator('svg a[data-code="SN"]').hover()
    assert tooltip.inner_text() == "Sénégal : 2 partenariats"
    row = page.locator('[data-atlas-table] tr[data-code="SN"]')
    assert row.locator("td").first.inner_text() == "2"
    assert "is-highlighted" in row.get_attribute("class")

    page.locator('svg a[data-code="ML"]').focus()
    assert tooltip.inner_text() == "Mali : 1 partenariat"
    mali_row = page.locator('[data-atlas-table] tr[data-code="ML"]')
    assert mali_row.locator("td").first.inner_text() == "1"

    page.keyboard.press("Enter")
    page.wait_for_url("**/pays/ml/")
    assert page.locator("h1").inner_text() == "Mali"
    assert page.console_errors == []
