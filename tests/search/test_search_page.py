"""/recherche/: what a visitor finds, narrows and shares; what never shows; bad input."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from tests import builders
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def result_titles(response):
    assert response.status_code == 200
    return [
        " ".join(node.get_text().split()) for node in soup(response).select(".search-result__title")
    ]


@pytest.fixture
def content():
    senegal, mali = builders.country("SN"), builders.country("ML")
    return {
        "dakar": builders.news(
            "Coopération décentralisée à Dakar",
            date=datetime.date(2025, 3, 1),
            body="<p>Les jumelages entre communes françaises et sénégalaises.</p>",
            countries=[senegal],
        ),
        "bamako": builders.news(
            "Bamako : l’eau potable",
            date=datetime.date(2026, 3, 1),
            body="<p>Un jumelage ancien porte sur la coopération hydraulique.</p>",
            countries=[mali],
        ),
        "meeting": builders.event(
            "Réunion du groupe-pays Mali",
            body=[("paragraph", "<p>La coopération décentralisée au Mali.</p>")],
            countries=[mali],
        ),
    }


def test_accents_and_case_do_not_matter(client, content):
    titles = result_titles(client.get("/recherche/?q=COOPERATION+decentralisee"))
    assert "Coopération décentralisée à Dakar" in titles
    assert "Réunion du groupe-pays Mali" in titles


def test_plural_finds_singular_and_stop_words_are_ignored(client, content):
    titles = result_titles(client.get("/recherche/?q=les+jumelages+de+la+coopération"))
    assert sorted(titles) == ["Bamako : l’eau potable", "Coopération décentralisée à Dakar"]


def test_a_quoted_phrase_needs_its_words_together(client, content):
    titles = result_titles(client.get('/recherche/?q="coopération+décentralisée"'))
    assert "Bamako : l’eau potable" not in titles
    assert "Coopération décentralisée à Dakar" in titles


def test_or_offers_alternatives(client, content):
    titles = result_titles(client.get("/recherche/?q=Dakar+OR+Bamako"))
    assert sorted(titles) == ["Bamako : l’eau potable", "Coopération décentralisée à Dakar"]


def test_snippet_highlights_the_words_found(client, content):
    response = client.get("/recherche/?q=jumelages")
    marks = [mark.get_text() for mark in soup(response).select(".search-result__snippet mark")]
    assert "jumelages" in marks and "jumelage" in marks


def test_facets_count_narrow_combine_and_stay_in_the_address(client, content):
    response = client.get("/recherche/?q=coopération")
    facets = text_of(response, ".search-layout__facets")
    assert "Actualités (2)" in facets and "Agenda (1)" in facets
    assert "Mali (2)" in facets and "Sénégal (1)" in facets
    link = next(a for a in soup(response).select(".facet a") if a.get_text().startswith("Mali"))
    narrowed = client.get("/recherche/" + link["href"])
    assert sorted(result_titles(narrowed)) == [
        "Bamako : l’eau potable",
        "Réunion du groupe-pays Mali",
    ]
    both = client.get("/recherche/" + link["href"] + "&type=actualite")
    assert result_titles(both) == ["Bamako : l’eau potable"]
    assert "1 résultat" in text_of(both, ".search-count")


def test_year_facet(client, content):
    titles = result_titles(client.get("/recherche/?q=coopération&annee=2025"))
    assert titles == ["Coopération décentralisée à Dakar"]


def test_filters_that_leave_nothing_stay_in_sight_to_be_removed(client, content):
    response = client.get("/recherche/?q=coopération&pays=ml&annee=2025&pays=xx&type=zzz")
    assert result_titles(response) == []
    chosen = {a.get_text(" ", strip=True): a["href"] for a in soup(response).select(".facet a")}
    mali = chosen["✓ Mali (0) – retirer ce filtre"]
    assert "pays=ml" not in mali and "annee=2025" in mali
    assert "annee=2025" not in chosen["✓ 2025 (0) – retirer ce filtre"]
    assert not any("xx" in label or "zzz" in label for label in chosen)  # typos left out


def test_members_are_found_by_name(client, content):
    builders.member("Ville de Saint-Étienne")
    response = client.get("/recherche/?q=saint+etienne")
    assert "Ville de Saint-Étienne" in text_of(response, ".search-members")
    assert "Membres (1)" in text_of(response, ".search-layout__facets")


def test_drafts_unpublished_and_restricted_pages_are_never_found(client, content):
    builders.news("Brouillon coopération").unpublish()
    private = builders.news("Réservée coopération")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    titles = result_titles(client.get("/recherche/?q=coopération"))
    assert "Brouillon coopération" not in titles
    assert "Réservée coopération" not in titles
    suggestions = client.get("/recherche/suggestions/?q=Réserv").json()["suggestions"]
    assert suggestions == []


def test_publishing_unpublishing_and_deleting_show_at_once(client, content):
    page = builders.news("Ouagadougou et ses partenaires")
    assert result_titles(client.get("/recherche/?q=ouagadougou")) == [
        "Ouagadougou et ses partenaires"
    ]
    page.unpublish()
    assert result_titles(client.get("/recherche/?q=ouagadougou")) == []
    page.save_revision().publish()
    assert len(result_titles(client.get("/recherche/?q=ouagadougou"))) == 1
    page.delete()
    assert result_titles(client.get("/recherche/?q=ouagadougou")) == []


def test_words_inside_an_attached_pdf_find_the_page(client):
    document = builders.pdf("Statuts", text=("Article premier : la gouvernance participative.",))
    builders.news("Assemblée générale", documents=[("Statuts", document)])
    titles = result_titles(client.get("/recherche/?q=gouvernance+participative"))
    assert titles == ["Assemblée générale"]


def test_a_replaced_document_changes_the_results(client):
    from django.core.files.base import ContentFile

    from portail.demo.files import make_pdf_file

    document = builders.pdf("Rapport", text=("Premier rapport sur la filière cacao.",))
    builders.news("Rapport annuel", documents=[("Rapport", document)])
    assert result_titles(client.get("/recherche/?q=cacao")) == ["Rapport annuel"]
    replacement = make_pdf_file("rapport-v2.pdf", "Rapport", ["Second rapport sur le café."])
    document.file.save("rapport-v2.pdf", ContentFile(replacement.read()), save=False)
    document.file_hash = ""
    document.save()
    assert result_titles(client.get("/recherche/?q=cacao")) == []
    assert result_titles(client.get("/recherche/?q=café")) == ["Rapport annuel"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 2000,
        "coopération " * 200,
        '" * - ( ) : OR AND NEAR',
        '"unclosed quote coopération',
        "coopé\x00ration",
        "NEAR(a b)",
        "a:b OR",
        "-",
        "'; DROP TABLE wagtailcore_page; --",
    ],
)
def test_no_query_makes_an_error(client, content, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    assert client.get("/recherche/suggestions/", {"q": query}).status_code == 200


def test_malformed_parameters_are_ignored_not_errors(client, content):
    response = client.get("/recherche/?q=coopération&page=abc&annee=deux-mille&pays=" + "z" * 500)
    assert response.status_code == 200
    assert client.get("/recherche/?q=coopération&page=999").status_code == 200


def test_only_stop_words_asks_for_a_meaningful_word(client, content):
    response = client.get("/recherche/?q=le+la+les+de")
    assert "mot significatif" in text_of(response)


def test_a_long_query_is_shortened_with_a_notice(client, content):
    response = client.get("/recherche/", {"q": "coopération " * 40})
    assert "seuls ses premiers mots" in text_of(response)


def test_suggestions_give_titles_and_addresses(client, content):
    found = client.get("/recherche/suggestions/?q=cooperation+dec").json()["suggestions"]
    assert found[0]["title"] == "Coopération décentralisée à Dakar"
    assert found[0]["url"] == "/actualites/cooperation-decentralisee-a-dakar/"
    assert client.get(found[0]["url"]).status_code == 200


def test_update_index_rebuilds_results_and_facets(client, content):
    from django.core.management import call_command

    from portail.search.models import SearchItem

    SearchItem.objects.all().delete()
    assert result_titles(client.get("/recherche/?q=Dakar")) == []
    call_command("update_index", verbosity=0)
    assert result_titles(client.get("/recherche/?q=Dakar")) == ["Coopération décentralisée à Dakar"]


def test_a_country_named_in_the_query_offers_its_page_and_country_group(client, content):
    group = builders.country_group(builders.country("SN"))
    response = client.get("/recherche/?q=cooperation+decentralisee+senegal")
    places = soup(response).select_one(".search-places")
    links = {a.get_text(): a["href"] for a in places.select("a")}
    assert links == {"Sénégal": "/pays/sn/", group.title: group.url}
    assert "Coopération décentralisée à Dakar" in result_titles(response)
    assert soup(client.get("/recherche/?q=cooperation")).select_one(".search-places") is None


def test_a_result_says_where_words_its_title_and_text_lack_were_found(client, content):
    document = builders.pdf(title="Actes", text=("La gouvernance locale en détail.",))
    builders.news("Assemblée générale", body="<p>Le rapport.</p>", documents=[("Actes", document)])
    response = client.get("/recherche/?q=gouvernance")
    assert text_of(response, ".search-result__found-in") == "Trouvé dans : un document joint"

    response = client.get("/recherche/?q=potable+mali")
    result = soup(response).select_one(".search-result")
    assert [mark.get_text() for mark in result.select(".search-result__title mark")] == ["potable"]
    assert (
        result.select_one(".search-result__found-in").get_text(strip=True)
        == "Trouvé dans : pays : Mali"
    )

    response = client.get("/recherche/?q=jumelage")  # in the text: the snippet shows it
    assert soup(response).select(".search-result__found-in") == []


def test_a_chosen_country_stays_in_sight_beyond_the_fifteen_most_frequent(client):
    codes = ["DZ", "BJ", "BF", "KH", "CM", "HT", "LB", "MG", "ML", "MA", "NE", "SN", "TN"]
    codes += ["TG", "VN", "AM", "ZM"]  # 17 countries: Zambie comes last, alphabetically
    builders.news("Coopération multilatérale", countries=[builders.country(c) for c in codes])
    plain = soup(client.get("/recherche/?q=coopération")).select("#facet-pays + ul a")
    assert len(plain) == 15 and "Zambie" not in " ".join(a.get_text() for a in plain)
    chosen = soup(client.get("/recherche/?q=coopération&pays=zm")).select("#facet-pays + ul a")
    zambia = [a for a in chosen if "Zambie" in a.get_text()]
    assert len(chosen) == 16 and zambia and zambia[0].get("aria-current") == "true"
    assert "pays=zm" not in zambia[0]["href"]
