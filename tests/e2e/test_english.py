"""An English-speaking partner switches to English and stays there: the menu, a listing and an
article keep /en/ addresses; a page not translated yet is shown in French with a notice and
lang="fr" on its content; the switch leads back to the same page in French."""

import pytest

pytestmark = pytest.mark.e2e


def test_an_english_reader_stays_in_english_and_finds_the_way_back(served_demo, page):
    base = served_demo[0]
    page.goto(base + "/")
    page.locator(".language-switch").get_by_role("link", name="English").click()
    page.wait_for_url(base + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    navigation = page.get_by_role("navigation", name="Main navigation")
    navigation.get_by_role("link", name="News").click()  # the section named in English
    page.wait_for_url(base + "/en/actualites/")
    page.locator("main article a, main h2 a, main h3 a").first.click()
    page.wait_for_url(base + "/en/actualites/**")
    article_path = page.url.removeprefix(base + "/en")

    assert page.locator("main").get_attribute("lang") == "fr"
    notice = page.locator("main .notice--language")
    assert "not been translated yet" in notice.inner_text()
    links = page.locator("a[href^='/']").evaluate_all(
        "(links) => links.map((a) => a.getAttribute('href'))"
    )
    french = [
        link
        for link in links
        if not link.startswith(("/en/", "/static/", "/media/", "/documents/", "/flux/"))
    ]
    assert french == [article_path]  # only the switch leads back to French

    page.locator(".language-switch").get_by_role("link", name="Français").click()
    page.wait_for_url(base + article_path)
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("main .notice--language").count() == 0
