"""`portail import`: idempotent, line by line, repairing text and reporting bad lines."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from portail.agenda.models import EventPage
from portail.news.models import NewsPage
from portail.taxonomy.models import Country, Theme
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def run_import(path, *args):
    """(stdout, stderr, failed) of `portail import`."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import", str(path), *args, stdout=out, stderr=err)
        failed = False
    except CommandError as error:
        err.write(str(error))
        failed = True
    return out.getvalue(), err.getvalue(), failed


def news(n, **extra):
    return {"kind": "news", "title": f"Actualité {n}", "date": f"2024-03-{n:02d}", **extra}


def test_same_file_twice_changes_nothing(folder):
    path = folder.write(
        news(1, documents=[{"title": "Compte-rendu", "path": folder.pdf("cr.pdf")}]), news(2)
    )
    out, _, failed = run_import(path)
    assert "created: 2, updated: 0, unchanged: 0, failed: 0" in out
    revisions = [page.revisions.count() for page in NewsPage.objects.order_by("pk")]
    out, _, failed = run_import(path)
    assert "created: 0, updated: 0, unchanged: 2, failed: 0" in out
    assert not failed
    assert NewsPage.objects.count() == 2
    assert [page.revisions.count() for page in NewsPage.objects.order_by("pk")] == revisions


def test_a_changed_line_updates_its_page_with_a_new_revision(folder):
    run_import(folder.write(news(1, slug="a-la-une")))
    page = NewsPage.objects.get()
    out, _, _ = run_import(folder.write(news(1, slug="a-la-une", subtitle="au Sénat")))
    assert "updated: 1" in out
    page.refresh_from_db()
    assert NewsPage.objects.count() == 1
    assert page.subtitle == "au Sénat"
    assert page.revisions.count() == 2


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('{"kind": "news", "date": "2024-01-01"}', "line 2: missing required key: title"),
        ('{"kind": "podcast", "title": "x"}', "line 2: unknown kind 'podcast'"),
        (
            '{"kind": "news", "title": "x", "date": "12/06/2020"}',
            "line 2: bad date in date: '12/06/2020'",
        ),
        ('{"kind": "event", "title": "x", "start": "demain"}', "line 2: bad date in start"),
        (
            '{"kind": "news", "title": "x", "date": "2024-01-01", "documents": [{"title": "CR", "path": "files/absent.pdf"}]}',
            "line 2: missing file: files/absent.pdf",
        ),
        (
            '{"kind": "news", "title": "x", "date": "2024-01-01", "countries": ["Atlantide"]}',
            "line 2: unknown country: 'Atlantide'",
        ),
        ('["kind", "news"]', "line 2: not a JSON object"),
    ],
)
def test_a_bad_line_is_reported_with_its_number_and_the_others_import(folder, line, reason):
    path = folder.write(news(1), line, news(3))
    out, err, failed = run_import(path)
    assert reason in err
    assert failed
    assert "created: 2, updated: 0, unchanged: 0, failed: 1" in out
    assert sorted(NewsPage.objects.values_list("title", flat=True)) == [
        "Actualité 1",
        "Actualité 3",
    ]


def test_a_failed_line_leaves_nothing_half_written(folder):
    line = news(
        1, themes=["Thème tout neuf"], documents=[{"title": "CR", "path": "files/absent.pdf"}]
    )
    run_import(folder.write(line))
    assert not Theme.objects.filter(name="Thème tout neuf").exists()
    assert not NewsPage.objects.exists()


def test_dry_run_checks_everything_and_writes_nothing(folder):
    path = folder.write(news(1, themes=["Nouveau"]), "{oops")
    out, err, failed = run_import(path, "--dry-run")
    assert "dry run — created: 1, updated: 0, unchanged: 0, failed: 1" in out
    assert "line 2: not valid JSON" in err
    assert not NewsPage.objects.exists() and not Theme.objects.filter(name="Nouveau").exists()


def test_mojibake_is_repaired_and_clean_text_left_exactly_as_it_was(folder):
    run_import(
        folder.write(
            news(1, title="La coopÃ©ration franÃ§aise â€“ bilan", slug="mojibake"),
            news(2, title="L’été « coopération » – déjà 100 €", slug="propre"),
        )
    )
    assert NewsPage.objects.get(slug="mojibake").title == "La coopération française – bilan"
    assert NewsPage.objects.get(slug="propre").title == "L’été « coopération » – déjà 100 €"


def test_html_is_sanitised_to_the_allowed_elements(folder, client):
    body = (
        '<p onclick="steal()">Texte <b>gras</b> <a href="javascript:alert(1)">piège</a> '
        '<a href="https://exemple.fr" style="color:red">lien</a></p><script>alert(1)</script>'
        "<style>p{display:none}</style><h2>Titre</h2><iframe src=x></iframe>"
    )
    run_import(folder.write(news(1, slug="html", body=body)))
    page = NewsPage.objects.get(slug="html")
    stored = page.body.raw_data[0]["value"]
    assert (
        stored
        == '<p>Texte <strong>gras</strong> <a>piège</a> <a href="https://exemple.fr">lien</a></p><h2>Titre</h2>'
    )
    html = client.get(page.url).content.decode()
    assert "steal()" not in html and "alert(1)" not in html


def test_plain_text_body_becomes_paragraphs(folder):
    run_import(folder.write(news(1, slug="texte", body="Premier paragraphe.\n\nSecond & dernier.")))
    assert (
        NewsPage.objects.get(slug="texte").body.raw_data[0]["value"]
        == "<p>Premier paragraphe.</p><p>Second &amp; dernier.</p>"
    )


def test_countries_match_by_code_name_or_variant_never_duplicated(folder):
    before = Country.objects.count()
    run_import(
        folder.write(
            news(1, slug="a", countries=["Vietnam"]),
            news(2, slug="b", countries=["Viêt Nam"]),
            news(3, slug="c", countries=["VN"]),
        )
    )
    assert Country.objects.count() == before
    assert {tuple(p.countries.values_list("code", flat=True)) for p in NewsPage.objects.all()} == {
        ("VN",)
    }


def test_old_addresses_redirect_permanently_whatever_their_host(folder, client):
    run_import(
        folder.write(
            news(
                1,
                slug="mali",
                source_url="http://www.ancien-site.org/Reunion-du-groupe-pays-Mali-3952",
            ),
            news(2, slug="spip", source_url="https://ancien-site.org/spip.php?article1784"),
        )
    )
    response = client.get("/Reunion-du-groupe-pays-Mali-3952")
    assert response.status_code == 301
    assert response["Location"].endswith("/actualites/mali/")
    response = client.get("/spip.php?article1784")
    assert response.status_code == 301
    assert response["Location"].endswith("/actualites/spip/")


def test_events_naive_times_are_paris_time_and_dates_are_all_day(folder):
    run_import(
        folder.write(
            {
                "kind": "event",
                "title": "Réunion",
                "slug": "reunion",
                "start": "2026-01-22T10:00",
                "end": "2026-01-22T12:30",
                "status": "postponed",
                "series": "Chroniques",
            },
            {
                "kind": "event",
                "title": "Rencontres",
                "slug": "rencontres",
                "start": "2026-09-24",
                "end": "2026-09-26",
            },
        )
    )
    meeting = EventPage.objects.get(slug="reunion")
    assert meeting.start.isoformat() == "2026-01-22T09:00:00+00:00"
    assert meeting.status == "postponed" and meeting.series.title == "Chroniques"
    rencontres = EventPage.objects.get(slug="rencontres")
    assert rencontres.all_day


def test_a_thousand_lines_of_mixed_kinds(folder):
    pdf = folder.pdf("commun.pdf")
    lines = [{"kind": "site", "name": "Réseau", "tagline": "Le portail"}]
    for n in range(1000 - 1):
        kind = ("news", "event", "resource")[n % 3]
        if kind == "news":
            lines.append(
                {
                    "kind": "news",
                    "title": f"Actualité {n}",
                    "date": "2025-05-01",
                    "countries": ["SN"],
                    "documents": [{"title": "CR", "path": pdf}],
                }
            )
        elif kind == "event":
            lines.append(
                {
                    "kind": "event",
                    "title": f"Réunion {n}",
                    "start": "2026-05-01T10:00",
                    "themes": ["Jumelages"],
                }
            )
        else:
            lines.append(
                {"kind": "resource", "title": f"Ressource {n}", "media": "text", "file": pdf}
            )
    out, err, failed = run_import(folder.write(*lines))
    assert "created: 1000, updated: 0, unchanged: 0, failed: 0" in out, err
    assert NewsPage.objects.count() == 333 and EventPage.objects.count() == 333
    from portail.documents.models import PortailDocument

    assert PortailDocument.objects.count() == 1  # the same file, stored once


def test_imported_article_renders(folder, client):
    run_import(
        folder.write(
            news(
                12,
                slug="cglu",
                title="CGLU : réunion",
                subtitle="en visioconférence",
                body="Un paragraphe.",
                organisations=["CGLU"],
                documents=[{"title": "Compte-rendu", "path": folder.pdf("cr.pdf")}],
                image=folder.png("photo.png"),
                contacts=[
                    {
                        "name": "Claire Martin",
                        "role": "Chargée de mission",
                        "email": "claire@exemple.fr",
                    }
                ],
            )
        )
    )
    response = client.get("/actualites/cglu/")
    page = soup(response)
    assert text_of(page, "h1") == "CGLU : réunion"
    assert "Publié le 12 mars 2024" in text_of(page, "main")
    assert page.find("a", string="Compte-rendu") is not None
    assert "Claire Martin" in text_of(page, ".contacts")
