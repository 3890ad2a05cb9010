"""A SPIP site migrated, on MariaDB and on SQLite: its pages as readers see them, its old
addresses, a second run, a rehearsal."""

import datetime
import io
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, ReferenceIndex

from portail.agenda.models import Agenda, EventPage
from portail.core.models import StandardPage
from portail.news.models import NewsIndex, NewsPage
from portail.opportunities.models import CallForProjectsPage
from portail.resources.models import ResourcePage

from .builder import SpipDatabaseBuilder
from .conftest import build_site

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def migrate(spip, mapping=None, *options):
    out = io.StringIO()
    arguments = [spip.url, "--img", str(spip.img), *options]
    if mapping:
        arguments += ["--mapping", str(mapping)]
    try:
        call_command("import-spip", *arguments, stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def main_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def test_articles_come_with_their_shortcuts_documents_keywords_and_logo(spip_site, mapping, client):
    report, error = migrate(spip_site, mapping)
    assert error is None, report
    news = NewsPage.objects.get(slug="podor-et-villeneuve")
    guide = ResourcePage.objects.get(slug="guide-de-la-cooperation")
    main = main_of(client, news)
    text = main.get_text(" ")

    assert news.surtitle == "Jumelage" and news.subtitle == "Une fête"
    assert news.lead == "Vingt ans d'amitié." and news.search_description == "Résumé court."
    assert news.publication_date == datetime.date(2024, 3, 5)
    assert main.find("strong", string="Podor") and main.find("em", string="Villeneuve")
    assert main.find("h2", string="Un partenariat qui dure")
    assert "vingt ans\u00a0: une fête est prévue\u202f!" in text
    assert main.find("a", href="https://podor.example.org", string="le site de Podor")
    assert main.find("a", href=guide.url, string="Guide de la coopération")  # [->art2]
    linking = ReferenceIndex.get_references_to(guide).values_list("object_id", flat=True)
    assert str(news.pk) in set(linking)  # the back office knows the guide is linked to
    assert main.find("a", href=Agenda.objects.get().url, string="l'agenda")  # [->rub2]
    report_link = main.find("a", string="le rapport annuel")  # [->doc2]
    assert report_link["href"] == news.documents.get().document.url
    assert [li.get_text() for li in main.select("ul ul li")] == ["trois forages"]
    assert main.select_one("ol li").get_text() == "premier point"
    assert (
        "Depuis la convention de 2004."
        in main.find("h2", string="Notes").find_next("ol").get_text()
    )
    figures = [
        figure for figure in main.find_all("figure") if "Forage à Podor" in figure.get_text()
    ]
    assert figures and figures[0].find("img") and "Ville de Podor" in figures[0].get_text()
    assert "La coopération, c'est d'abord des personnes." in main.find("blockquote").get_text()
    table = main.find("table")
    assert table.find("caption").get_text(strip=True) == "Les chiffres"
    assert [th.get_text(strip=True) for th in table.select("thead th")] == ["Année", "Projets"]
    assert main.find("code", string="a < b") and main.find("hr")
    assert "<carte12>" in text  # an unknown shortcut stays readable
    assert "Avec le soutien de l'AFD." in text  # the post-scriptum
    assert [link.document.title for link in news.documents.all()] == ["Rapport annuel"]
    assert news.image is not None and news.image.width == 90  # arton1.jpg, its logo
    assert [c.code for c in news.countries.all()] == ["SN"]
    assert [t.name for t in news.themes.all()] == ["Jumelage"]
    assert [o.name for o in news.organisations.all()] == ["AFD"]


def test_every_mapping_gives_its_page_type(spip_site, mapping, client):
    migrate(spip_site, mapping)
    event = EventPage.objects.get(title="Assises 2025")
    assert event.start == datetime.datetime(2025, 6, 10, 9, 30, tzinfo=PARIS)
    assert event.end == datetime.datetime(2025, 6, 11, 17, 0, tzinfo=PARIS)
    assert event.location == "Palais des congrès, Paris"
    assert NewsPage.objects.filter(title="Assises de la coopération").exists()  # its article
    call = CallForProjectsPage.objects.get(title="Appel à projets Eau 2025")
    assert call.deadline == datetime.datetime(2025, 3, 15, 12, 0, tzinfo=PARIS)
    assert [link.document.title for link in call.documents.all()] == ["Rapport annuel"]
    assert StandardPage.objects.filter(title="Qui sommes-nous", live=True).exists()
    breve = NewsPage.objects.get(title="Nouveau site")
    assert main_of(client, breve).find("a", href="https://example.org/annonce", string="Annonce")
    assert [t.name for t in breve.themes.all()] == ["Jumelage"]


def test_only_published_items_are_public_drafts_stay_drafts_the_bin_never_comes(spip_site, mapping):
    report, _ = migrate(spip_site, mapping)
    assert NewsPage.objects.get(title="Un article proposé").live is False
    assert NewsPage.objects.get(title="Brève en attente").live is False
    titles = set(Page.objects.values_list("title", flat=True))
    assert {"Un article jeté", "Note interne", "Un article refusé"}.isdisjoint(titles)
    assert "article 4 : à la poubelle" in report
    assert "article 9 : rubrique 7 non migrée (mapping)" in report
    assert "article 10 : statut 'refuse'" in report


def test_a_translation_becomes_the_english_version(spip_site, mapping, client):
    migrate(spip_site, mapping)
    french = NewsPage.objects.get(slug="podor-et-villeneuve")
    english = french.get_translation(_english())
    assert english.title == "Podor and Villeneuve: twenty years" and english.live
    assert english.url.startswith("/en/")
    assert main_of(client, english).find("strong", string="twenty")


def _english():
    return Locale.objects.get(language_code="en")


def test_the_report_names_unknown_shortcuts_missing_files_and_unmatched_keywords(
    spip_site, mapping
):
    report, error = migrate(spip_site, mapping)
    assert error is None, report
    assert "Raccourcis inconnus, gardés en texte (2)" in report
    assert "article 1 : <carte12>" in report and "article 1 : [lien cassé-> sans fin." in report
    assert "article 1 : document 4 (<doc4>) : fichier absent" in report
    assert "article 1 : mot 2 « Atlantide » : pays inconnu" in report


def test_old_addresses_redirect_permanently_to_the_new_pages(spip_site, mapping, client):
    migrate(spip_site, mapping)
    news = NewsPage.objects.get(slug="podor-et-villeneuve")
    english = news.get_translation(_english())
    breve = NewsPage.objects.get(title="Nouveau site")
    document = news.documents.first().document
    expected = {
        "/spip.php?article1": news.url,
        "/spip.php?page=article&id_article=1": news.url,
        "/article1.html": news.url,
        "/Podor-et-Villeneuve": news.url,
        "/Podor-et-Villeneuve.html": news.url,
        "/ancien-jumelage": news.url,  # an older URL propre
        "/spip.php?article5": english.url,
        "/spip.php?rubrique6": NewsIndex.objects.get(locale__language_code="fr").url,
        "/-Jumelages-": NewsIndex.objects.get(locale__language_code="fr").url,
        "/spip.php?breve1": breve.url,
        "/breve1.html": breve.url,
        "/spip.php?mot1": "/pays/sn/",
        "/+-Senegal-+": "/pays/sn/",
        "/spip.php?page=evenement&id_evenement=1": EventPage.objects.get().url,
        "/IMG/pdf/rapport.pdf": document.url,
        "/spip.php?page=document&id_document=2": document.url,
    }
    for old, new in expected.items():
        response = client.get(old)
        assert (response.status_code, response.get("Location")) == (301, new), old
        assert client.get(new).status_code == 200, new


def test_a_second_run_changes_nothing_then_brings_what_changed(spip_site, mapping, client):
    first, _ = migrate(spip_site, mapping)
    assert "Import : created: 10, updated: 0, unchanged: 0, failed: 0" in first, first
    pages, redirects = Page.objects.count(), Redirect.objects.count()
    second, _ = migrate(spip_site, mapping)
    assert "Import : created: 0, updated: 0, unchanged: 10, failed: 0" in second, second
    assert (Page.objects.count(), Redirect.objects.count()) == (pages, redirects)

    spip_site.set("articles", "id_article", 2, titre="Guide pratique de la coopération")
    spip_site.add(
        "urls", url="Guide-pratique", type="article", id_objet=2, date="2025-01-01 00:00:00"
    )
    spip_site.add("articles", id_article=11, id_rubrique=1, titre="Une nouvelle", statut="publie",
                  date="2024-05-01 10:00:00", texte="Neuf.", lang="fr")  # fmt: skip
    third, _ = migrate(spip_site, mapping)
    # Article 1 changes too: its link [->art2] shows the guide's title.
    assert "Import : created: 1, updated: 2, unchanged: 8, failed: 0" in third, third
    guide = ResourcePage.objects.get()  # its new URL propre did not make a second page
    assert (
        guide.title == "Guide pratique de la coopération"
        and guide.slug == "guide-de-la-cooperation"
    )
    for old in ("/spip.php?article2", "/Guide-pratique"):
        assert client.get(old).get("Location") == guide.url, old
    assert NewsPage.objects.filter(title="Une nouvelle", live=True).count() == 1
    assert Page.objects.count() == pages + 1


def test_a_dry_run_says_what_would_happen_and_writes_nothing(spip_site, mapping):
    pages, redirects = Page.objects.count(), Redirect.objects.count()
    report, _ = migrate(spip_site, mapping, "--dry-run")
    assert "Importerait : created: 10" in report, report
    assert (Page.objects.count(), Redirect.objects.count()) == (pages, redirects)


def test_without_the_agenda_plugin_an_agenda_rubrique_gives_events(tmp_path, mapping):
    spip = SpipDatabaseBuilder("sqlite", tmp_path, agenda=False)
    spip.img = tmp_path / "IMG"
    build_site_without_events(spip)
    migrate(spip, mapping)
    event = EventPage.objects.get(title="Assises de la coopération")
    assert event.start == datetime.datetime(2024, 3, 5, 10, 0, tzinfo=PARIS)


def build_site_without_events(spip):
    original = spip.add

    def add(table, **values):
        if table != "evenements":
            original(table, **values)

    spip.add = add
    build_site(spip, spip.img)


def test_an_unreadable_source_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no SQLite database"):
        call_command("import-spip", f"sqlite:///{tmp_path}/absent.sqlite", "--img", str(tmp_path))
    with pytest.raises(CommandError, match="cannot connect"):
        call_command(
            "import-spip", "mysql://root@127.0.0.1:3306/no_such_spip_base", "--img", str(tmp_path)
        )
    bad = tmp_path / "mapping.toml"
    bad.write_text('[rubriques]\n1 = "blog"\n')
    with pytest.raises(CommandError, match="'blog' is not one of"):
        call_command("import-spip", "sqlite:///x", "--img", str(tmp_path), "--mapping", str(bad))
