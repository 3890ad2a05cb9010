"""The demo portal on a phone: no page type wider than the screen at 320 and 375 px, a menu
button that opens and closes the navigation (keyboard included; without JavaScript the
links stay in view), the content starting near the top, and one line of menu on a desktop."""

import json

import pytest

from .addresses import every_address


@pytest.fixture
def phone(browser, request):
    context = browser.new_context(
        locale="fr-FR",
        viewport={"width": request.param, "height": 740},
        is_mobile=True,
        has_touch=True,
    )
    yield context.new_page()
    context.close()


WIDER_THAN_THE_SCREEN = """() => {
    const width = document.documentElement.clientWidth;
    // Inside a box that scrolls by itself (a wide table), an element may be wider: the page isn't.
    const scrollsInside = (element) => {
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
            if (["auto", "scroll", "hidden"].includes(getComputedStyle(box).overflowX)) {
                return box.getBoundingClientRect().right <= width + 1;
            }
        }
        return false;
    };
    const wide = [...document.querySelectorAll("body *")].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !scrollsInside(element);
    });
    return {
        page: document.documentElement.scrollWidth,
        width,
        culprits: wide.slice(0, 3).map((element) =>
            `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} ${Math.round(element.getBoundingClientRect().right)}px`),
    };
}"""


@pytest.mark.parametrize("phone", [320, 375], indirect=True)
def test_no_page_type_is_wider_than_a_phone(served_demo, phone):
    too_wide = {}
    for name, address in every_address(served_demo).items():
        response = phone.goto(served_demo[0] + address)
        assert response.status == 200, f"{name} {address}: {response.status}"
        measure = phone.evaluate(WIDER_THAN_THE_SCREEN)
        if measure["page"] > measure["width"] or measure["culprits"]:
            too_wide[f"{name} {address}"] = measure
    assert too_wide == {}, json.dumps(too_wide, indent=1)
    assert len(every_address(served_demo)) >= 25  # every page type was there to measure


@pytest.mark.parametrize("phone", [375], indirect=True)
def test_the_menu_button_opens_and_closes_the_navigation(served_demo, phone):
    phone.goto(served_demo[0] + "/")
    button = phone.get_by_role("button", name="Menu")
    navigation = phone.get_by_role("navigation", name="Navigation principale")
    assert button.get_attribute("aria-expanded") == "false"
    assert not navigation.get_by_role("link", name="Agenda").is_visible()
    main_top = phone.locator("main").bounding_box()["y"]
    assert main_top <= 200, f"the content starts {main_top} px down"

    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    navigation.get_by_role("link", name="Agenda").click()  # an entry of its own
    phone.wait_for_url("**/agenda/")

    button = phone.get_by_role("button", name="Menu")
    button.focus()
    phone.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert phone.locator("#site-search-q").is_visible()
    phone.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert phone.evaluate("document.activeElement.textContent.trim()") == "Menu"


def test_without_javascript_the_navigation_stays_in_view(served_demo, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(served_demo[0] + "/")
    assert page.get_by_role("link", name="Agenda").first.is_visible()
    assert not page.get_by_role("button", name="Menu").is_visible()
    context.close()


def test_the_menu_holds_on_one_line_on_a_desktop(served_demo, page):
    page.goto(served_demo[0] + "/")
    tops = page.locator(".site-nav > ul > li").evaluate_all(
        "(items) => items.map((item) => Math.round(item.getBoundingClientRect().top))"
    )
    assert len(tops) >= 6 and len(set(tops)) == 1, tops


def test_the_network_heading_opens_on_its_sections(served_demo, page):
    page.goto(served_demo[0] + "/")
    navigation = page.get_by_role("navigation", name="Navigation principale")
    directory = navigation.get_by_role("link", name="Annuaire des adhérents")
    assert not directory.is_visible()
    navigation.get_by_text("Le réseau").click()
    directory.click()
    page.wait_for_url("**/membres/")
    heading = navigation.locator("summary")
    heading.focus()
    page.keyboard.press("Enter")
    assert directory.is_visible()
    page.keyboard.press("Escape")
    assert not directory.is_visible()
