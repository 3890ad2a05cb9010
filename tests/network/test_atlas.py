"""The atlas: a map that ships with the project, and a table with the same figures."""

import pytest

from portail.network.selectors import world_map
from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def test_world_geometry_ships_with_the_project():
    world = world_map()
    assert {"SN", "FR", "VN", "BR", "UA"} <= set(world["countries"])
    assert all(path.startswith("M") for path in world["countries"].values())


@pytest.fixture
def partnerships():
    builders.member_directory()
    builders.atlas()
    senegal, vietnam = builders.country("SN"), builders.country("VN")
    lille, rennes = builders.member("Lille"), builders.member("Rennes")
    builders.partnership(lille, senegal, "Saint-Louis")
    builders.partnership(rennes, senegal, "Dakar", status="dormant")
    builders.partnership(lille, senegal, "Podor")
    builders.partnership(rennes, vietnam, "Hué")


def test_map_and_table_agree(client, partnerships):
    page = soup(client.get("/atlas/"))
    shapes = {a["data-code"]: a for a in page.select("svg a[data-code]")}
    assert set(shapes) == {"SN", "VN"}
    assert shapes["SN"]["data-count"] == "3"
    assert shapes["SN"]["aria-label"] == "Sénégal : 3 partenariats"
    assert shapes["SN"]["href"] == "/pays/sn/"
    assert shapes["VN"]["aria-label"] == "Viêt Nam : 1 partenariat"
    rows = [text_of(row) for row in page.select("[data-atlas-table] tbody tr")]
    assert rows == ["Sénégal 3 2 2", "Viêt Nam 1 1 1"]
    assert "4 partenariats recensés." in text_of(page)


def test_countries_without_partnership_are_drawn_but_not_links(client, partnerships):
    page = soup(client.get("/atlas/"))
    assert len(page.select("svg path")) == len(world_map()["countries"])
    assert page.select_one('svg a[data-code="FR"]') is None


def test_a_new_partnership_shows_at_once(client, partnerships):
    client.get("/atlas/")
    builders.partnership(builders.member("Brest"), builders.country("JP"), "Kyoto")
    page = soup(client.get("/atlas/"))
    assert page.select_one('svg a[data-code="JP"]')["data-count"] == "1"
