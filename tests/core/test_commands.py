"""The `portail` command's own subcommands."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from portail.agenda.models import EventPage
from portail.core.management.commands.serve import portail_commands
from portail.core.models import SiteSettings
from portail.news.models import NewsPage
from portail.resources.models import ResourcePage

pytestmark = pytest.mark.django_db


def _demo():
    out = io.StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_output(module_db):
    """The demo, installed once for the tests that read it (a build takes tens of seconds)."""
    return _demo()


def test_demo_fills_every_page_type_and_prints_a_fresh_password(client, demo_output):
    output = demo_output
    email, password = re.search(
        r"Compte de rédaction : (\S+) / mot de passe : (\S+)", output
    ).groups()
    assert len(password) >= 12
    assert NewsPage.objects.live().count() >= 10
    assert NewsPage.objects.filter(documents__isnull=False).exists()
    assert EventPage.objects.live().count() >= 10
    assert set(ResourcePage.objects.values_list("media", flat=True)) == {
        "text",
        "photo",
        "sound",
        "video",
    }
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.site_name == "Cités Unies France"
    assert settings.tagline == "Le portail de la coopération décentralisée"
    assert settings.default_image is not None
    assert client.login(email=email, password=password)
    assert client.get("/admin/").status_code == 200


def test_demo_member_logs_in_and_reads_what_visitors_only_glimpse(client, demo_output):
    output = demo_output
    email, password = re.search(r"Compte adhérent : (\S+) / mot de passe : (\S+)", output).groups()
    reserved = NewsPage.objects.get(title="Relevé de décisions du bureau exécutif")
    assert "Réservé aux adhérents" in client.get(reserved.url).content.decode()
    assert client.login(email=email, password=password)
    page = client.get(reserved.url).content.decode()
    assert "programme de travail" in page and "Relevé de décisions (PDF)" in page
    space = client.get("/compte/").content.decode()
    assert "Discussions" in space and reserved.title in space


def test_demo_on_a_site_with_content_changes_nothing_and_says_so(demo_output):
    before = NewsPage.objects.count()
    output = _demo()
    assert "déjà des contenus" in output
    assert not re.search(r"mot de passe : \S+", output)  # no password shown again...
    assert "portail changepassword ADRESSE" in output  # ...but how to set a new one
    assert NewsPage.objects.count() == before


def test_demo_pages_all_render(client, demo_output):
    from wagtail.models import Page

    from portail.network.models import Member

    for page in [
        *NewsPage.objects.all()[:3],
        *EventPage.objects.all()[:3],
        *ResourcePage.objects.all(),
        *Page.objects.filter(depth=3).live(),  # every listing: groups, funds, atlas...
        *Page.objects.filter(depth=4).exclude(content_type__model__in=["newspage", "eventpage"]),
    ]:
        assert client.get(page.url).status_code == 200, page.url
    for member in Member.objects.all()[:5]:
        assert client.get(member.get_absolute_url()).status_code == 200


def test_portail_check_runs_the_portal_checks():
    out = io.StringIO()
    call_command("check", stdout=out)
    assert "no issues" in out.getvalue()


def test_serve_does_not_start_when_a_preparation_fails(capfd):
    """`portail serve` runs `migrate` and `collectstatic` side by side: one failing stops it,
    named, once both have ended."""
    with pytest.raises(CommandError, match="portail no-such-command failed"):
        portail_commands(("version",), ("no-such-command",))
    assert re.search(r"^\d+\.\d+", capfd.readouterr().out, re.M), "the other one ran to its end"
