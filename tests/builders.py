"""Test data made in code: small builders over the portal's own services."""

import datetime
import itertools

from django.utils import timezone

from portail.agenda.models import Agenda, EventPage
from portail.core.models import HomePage
from portail.core.services import child_of_type, page_publish
from portail.demo.files import make_image_file, make_pdf_file
from portail.documents.models import PortailDocument
from portail.images.models import PortailImage
from portail.news.models import NewsIndex, NewsPage, NewsPageDocument
from portail.resources.models import ResourceCentre, ResourcePage

_counter = itertools.count(1)


def home():
    return HomePage.objects.get()


def news_index():
    return child_of_type(
        home(), NewsIndex, title="Actualités", slug="actualites", show_in_menus=True
    )


def agenda():
    return child_of_type(home(), Agenda, title="Agenda", slug="agenda", show_in_menus=True)


def resource_centre():
    return child_of_type(
        home(), ResourceCentre, title="Centre de ressources", slug="ressources", show_in_menus=True
    )


def image(title="Illustration"):
    return PortailImage.objects.create(
        title=title, file=make_image_file(f"test-{next(_counter)}.png", 1, size=(320, 200))
    )


def pdf(title="Compte-rendu", text=("Texte du document.",)):
    return PortailDocument.objects.create(
        title=title, file=make_pdf_file(f"doc-{next(_counter)}.pdf", title, list(text))
    )


def news(
    title=None,
    date=None,
    body="<p>Un paragraphe.</p>",
    documents=(),
    countries=(),
    themes=(),
    organisations=(),
    **fields,
):
    page = NewsPage(
        title=title or f"Actualité {next(_counter)}",
        publication_date=date or timezone.localdate(),
        body=[("paragraph", body)] if body else [],
        **fields,
    )
    page.countries, page.themes, page.organisations = (
        list(countries),
        list(themes),
        list(organisations),
    )
    page.documents = [
        NewsPageDocument(document=document, label=label) for label, document in documents
    ]
    return page_publish(news_index(), page)


def event(title=None, start=None, end=None, countries=(), **fields):
    start = start or timezone.now() + datetime.timedelta(days=7)
    page = EventPage(title=title or f"Réunion {next(_counter)}", start=start, end=end, **fields)
    page.countries = list(countries)
    return page_publish(agenda(), page)


def resource(title=None, media="text", countries=(), themes=(), **fields):
    page = ResourcePage(
        title=title or f"Ressource {next(_counter)}",
        media=media,
        publication_date=timezone.localdate(),
        **fields,
    )
    page.countries, page.themes = list(countries), list(themes)
    return page_publish(resource_centre(), page)
