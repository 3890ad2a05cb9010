"""Screenshots of the main pages, desktop and 375 px wide, in Debian's Chromium.

Usage: .venv/bin/python scripts/screenshots.py [BASE_URL] [OUTPUT_DIR]
(against a running portal with the demo content: `make run` in another terminal). With
MEMBER_PASSWORD set to the demo member's password that `make run` printed, the members' pages
are taken too.
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTHS = {"desktop": 1280, "mobile": 375}


def main(base_url="http://127.0.0.1:8000", output="docs/screenshots", only=""):
    """Screenshots of every page, or of those named in `only` (comma-separated)."""
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.goto(base_url + "/actualites/?organisation=cglu")
        article = page.locator(".card__title a").first.get_attribute("href")
        pages = {
            "home": "/",
            "article": article,
            "news": "/actualites/",
            "agenda": "/agenda/",
            "agenda-month": "/agenda/?mois="
            + page.evaluate("new Date().toISOString().slice(0, 7)"),
            "resources": "/ressources/",
            "country-groups": "/groupes-pays/",
            "country-group": "/groupes-pays/groupe-pays-senegal/",
            "country": "/pays/sn/",
            "members": "/membres/",
            "member": "/membres/lille/",
            "atlas": "/atlas/",
            "funds": "/fonds-de-solidarite/",
            "fund": "/fonds-de-solidarite/fonds-de-solidarite-ukraine/",
            "opportunities": "/opportunites/",
            "search": "/recherche/?q=cooperation+decentralisee+senegal",
            "members-only": "/actualites/releve-de-decisions-du-bureau-executif/",
            "login": "/compte/connexion/",
            "newsletter": "/lettre/",
            "english-home": "/en/",
        }
        member_pages = {"space": "/compte/", "discussion": "/discussions/sujet/1/"}
        if only:
            pages = {name: path for name, path in pages.items() if name in only.split(",")}
        shoot(page, base_url, out, pages)
        if os.environ.get("MEMBER_PASSWORD"):
            page.goto(base_url + "/compte/connexion/")
            page.get_by_label("Adresse électronique").fill("adherent@portail.localhost")
            page.get_by_label("Mot de passe").fill(os.environ["MEMBER_PASSWORD"])
            page.get_by_role("button", name="Se connecter").click()
            shoot(page, base_url, out, member_pages)
        if not only or "menu" in only.split(","):
            page.set_viewport_size({"width": WIDTHS["mobile"], "height": 740})
            page.goto(base_url + "/")
            page.get_by_role("button", name="Menu").click()
            page.screenshot(path=out / "menu-open-mobile.png")
            print(out / "menu-open-mobile.png")
        if not only or "suggestions" in only.split(","):
            page.set_viewport_size({"width": WIDTHS["desktop"], "height": 600})
            page.goto(base_url + "/")
            page.locator("#site-search-q").press_sequentially("coop", delay=50)
            page.get_by_role("option").first.wait_for()
            page.keyboard.press("ArrowDown")
            page.screenshot(path=out / "search-suggestions-desktop.png")
            print(out / "search-suggestions-desktop.png")
        browser.close()


def shoot(page, base_url, out, pages):
    """Each of `pages` ({name: path}) at each width, the whole page."""
    for width_name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        for name, path in pages.items():
            page.goto(base_url + path)
            page.screenshot(path=out / f"{name}-{width_name}.png", full_page=True)
            print(out / f"{name}-{width_name}.png")


if __name__ == "__main__":
    main(*sys.argv[1:])
