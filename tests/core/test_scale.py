"""`portail demo --scale` (here with small counts): the pages, tree, listings and search index
are those that publishing them one by one would give."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from portail.news.models import NewsPage
from portail.search.models import SearchItem
from tests.html import soup, text_of

pytestmark = pytest.mark.django_db


def test_generated_content_is_listed_found_and_the_tree_is_sound(client):
    call_command("demo", news=45, events=6, resources=7, stdout=io.StringIO())
    generated = NewsPage.objects.filter(slug__startswith="echelle-")
    assert generated.count() == 45
    assert all(not problems for problems in Page.find_problems())
    assert SearchItem.objects.filter(page__slug__startswith="echelle-").count() == 45 + 6 + 7
    pages = (NewsPage.objects.live().count() - 1) // 10 + 1
    listed = " ".join(text_of(client.get(f"/actualites/?page={n}")) for n in range(1, pages + 1))
    assert all(page.title in listed for page in generated)
    oldest = generated.order_by("publication_date").first()
    word = oldest.title.split(" : ")[0]
    response = client.get("/recherche/", {"q": f"{word} n° {oldest.title.split('n° ')[1][:-1]}"})
    titles = [
        " ".join(node.get_text().split()) for node in soup(response).select(".search-result__title")
    ]
    assert oldest.title in titles
    assert client.get(oldest.url).status_code == 200


def test_scale_content_adds_to_an_existing_demo(client):
    call_command("demo", stdout=io.StringIO())
    before = NewsPage.objects.count()
    call_command("demo", news=12, stdout=io.StringIO())
    assert NewsPage.objects.count() == before + 12
