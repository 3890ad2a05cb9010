"""Browser tests: Playwright driving Debian's Chromium, headless, against a live server."""

import os
import subprocess
from pathlib import Path

import pytest

from .addresses import page_type_addresses
from .served import (
    PORTAIL,
    demo_copy,
    free_port,
    portail,
    production_env,
    served,
    wait_until_listening,
)

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between browser steps are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """The demo site as `make run` builds it, once a session, in a folder whose `var` tests
    copy (`served.demo_copy`) rather than build it again."""
    folder = tmp_path_factory.mktemp("demo")
    var = folder / "var"
    env = production_env(var, f"sqlite:///{var / 'portail.sqlite3'}")
    # Pages render with hashed names; the files are collected beside the database's making.
    log = folder / "collectstatic.log"
    with open(log, "wb") as output:
        collecting = subprocess.Popen(
            [str(PORTAIL), "collectstatic", "--noinput", "-v0"], env=env, stderr=output
        )
    portail(env, "migrate", "--noinput", "-v0")
    portail(env, "demo")
    assert collecting.wait(timeout=600) == 0, log.read_text(errors="replace")
    return folder


@pytest.fixture(scope="session")
def demo_archive(demo, tmp_path_factory):
    """A copy of the demo on SQLite and its `portail backup` archive: (its env, the archive)."""
    folder = tmp_path_factory.mktemp("demo-archive")
    env = demo_copy(demo, folder / "var")
    archive = folder / "site.tar"
    portail(env, "backup", str(archive))
    return env, archive


@pytest.fixture(scope="session")
def served_demo(demo, tmp_path_factory):
    """A copy of the demo served as `make run` serves it: (its address, {page type: address})."""
    env = demo_copy(demo, tmp_path_factory.mktemp("served-demo") / "var")
    addresses = page_type_addresses(env)
    port = free_port()
    with served(env, port) as server:
        wait_until_listening(server, port)
        yield f"http://127.0.0.1:{port}", addresses


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: `make test` installs Debian's chromium package.", pytrace=False
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()
