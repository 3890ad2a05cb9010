"""axe-core (the engine of most accessibility checkers) finds no violation of WCAG 2.1 A and AA
on any page type of the demo, in French and in English, as served; and no page shows a raw
placeholder ("%(counter)s", "{{ … }}") to its reader."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from .addresses import every_address

pytestmark = pytest.mark.e2e

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("language", ["", "/en"], ids=["français", "english"])
def test_axe_finds_no_violation_on_any_page_type(served_demo, page, language):
    axe, found, checked = Axe(), {}, set()
    addresses = every_address(served_demo)
    for name, address in addresses.items():
        address = language + address if not address.startswith("/en/") else address
        response = page.goto(served_demo[0] + address)
        assert response.status == 200, f"{name} {address}: {response.status}"
        text = page.locator("body").inner_text()
        for placeholder in ("%(", "{{", "{%"):
            assert placeholder not in text, f"{name} {address}: {placeholder!r} shown"
        results = axe.run(page, options=WCAG_21_AA).response
        checked.update(rule["id"] for rule in results["passes"])
        violations = results["violations"]
        if violations:
            found[f"{name} {address}"] = [
                f"{violation['id']}: {violation['nodes'][0]['target']}" for violation in violations
            ]
    assert found == {}, json.dumps(found, indent=1, ensure_ascii=False)
    assert len(addresses) >= 25
    assert {"color-contrast", "image-alt", "label", "html-has-lang"} <= checked  # axe ran
