"""Content at scale for measurements: tens of thousands of news, events and resources with
tags and documents, written through bulk paths (a few queries per thousand pages) and indexed
once at the end, so that the page tree, listings and search stay correct."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from portail.agenda.models import Agenda, EventPage, EventPageDocument
from portail.core.bulk import deferred_indexing
from portail.core.services import pages_bulk_create
from portail.documents.models import PortailDocument
from portail.news.models import NewsIndex, NewsPage, NewsPageDocument
from portail.resources.models import ResourceCentre, ResourcePage
from portail.taxonomy.models import Country, Theme

from .files import make_pdf_file

BATCH = 2000
SUBJECTS = ["coopération décentralisée", "jumelage", "solidarité internationale", "partenariat",
            "action extérieure", "développement durable", "accès à l’eau", "gouvernance locale",
            "jeunesse et mobilité", "culture et patrimoine", "tourisme responsable",
            "santé communautaire", "agriculture urbaine", "gestion des déchets", "énergie solaire",
            "formation des élus", "égalité femmes-hommes", "numérique", "aide d’urgence",
            "reconstruction"]  # fmt: skip
ACTIONS = ["point d’étape", "bilan", "nouvelles perspectives", "mission d’étude", "rencontre",
           "appel à contributions", "retour d’expérience", "séminaire", "atelier", "webinaire"]  # fmt: skip
SENTENCES = [
    "Les collectivités territoriales françaises poursuivent leur action avec {country}.",
    "Le partenariat porte sur {subject} et sur la formation des agents municipaux.",
    "Une délégation d’élus s’est rendue sur place pour évaluer les projets en cours.",
    "Le comité de pilotage a validé le programme de l’année prochaine.",
    "Les services techniques échangent leurs pratiques sur {subject}.",
    "Le réseau accompagne les collectivités dans le montage de leurs dossiers.",
]  # fmt: skip


def add_scale_content(news=100_000, events=10_000, resources=20_000, progress=print, seed=1):
    """Add generated pages under the demo's sections (run `portail demo` first)."""
    chance = random.Random(seed)
    french = {"locale__language_code": "fr"}  # not their English aliases
    news_index, agenda = NewsIndex.objects.get(**french), Agenda.objects.get(**french)
    centre = ResourceCentre.objects.get(**french)
    countries = list(Country.objects.filter(code__in=COUNTRY_CODES))
    themes = list(Theme.objects.all())
    documents = _documents(20)
    today, now = timezone.localdate(), timezone.now()
    with deferred_indexing() as register:
        for start in range(0, news, BATCH):
            pages = [
                NewsPage(slug=f"echelle-actualite-{n}", publication_date=today - datetime.timedelta(days=n // 30), **_text(chance, countries, n))
                for n in range(start, min(news, start + BATCH))
            ]  # fmt: skip
            _write(
                news_index, pages, chance, countries, themes, register, NewsPageDocument, documents
            )
            progress(f"actualités : {start + len(pages)}/{news}")
        for start in range(0, events, BATCH):
            pages = []
            for n in range(start, min(events, start + BATCH)):
                begin = now + datetime.timedelta(days=n // 10 - events // 20, hours=n % 10)
                end = begin + datetime.timedelta(hours=2)
                pages.append(
                    EventPage(
                        slug=f"echelle-evenement-{n}",
                        start=begin,
                        end=end,
                        **_text(chance, countries, n),
                    )
                )
            _write(agenda, pages, chance, countries, themes, register, EventPageDocument, documents)
            progress(f"événements : {start + len(pages)}/{events}")
        for start in range(0, resources, BATCH):
            pages = [
                ResourcePage(slug=f"echelle-ressource-{n}", media="text", publication_date=today - datetime.timedelta(days=n // 10), **_text(chance, countries, n))
                for n in range(start, min(resources, start + BATCH))
            ]  # fmt: skip
            _write(centre, pages, chance, countries, themes, register, None, documents)
            progress(f"ressources : {start + len(pages)}/{resources}")
        progress("index de recherche…")


COUNTRY_CODES = ["SN", "ML", "BF", "MA", "TN", "LB", "VN", "KH", "HT", "MG", "PS", "AM", "JP",
                 "NE", "BJ", "TG", "CM", "DZ", "UA", "PL", "DE", "IT", "ES", "BR", "CA"]  # fmt: skip


def _text(chance, countries, number):
    country = chance.choice(countries).name
    subject, action = chance.choice(SUBJECTS), chance.choice(ACTIONS)
    sentences = chance.sample(SENTENCES, 3)
    text = " ".join(s.format(country=country, subject=subject) for s in sentences)
    return {
        "title": f"{country} : {action} – {subject} (n° {number + 1})",
        "lead": sentences[0].format(country=country, subject=subject),
        "body": [("paragraph", f"<p>{text}</p>")],
    }


def _write(parent, pages, chance, countries, themes, register, document_model, documents):
    model = type(pages[0])
    with transaction.atomic():
        pages = pages_bulk_create(parent, pages)
        model.countries.through.objects.bulk_create(
            model.countries.through(**{f"{model._meta.model_name}_id": page.pk, "country_id": chance.choice(countries).pk})
            for page in pages
        )  # fmt: skip
        model.themes.through.objects.bulk_create(
            model.themes.through(**{f"{model._meta.model_name}_id": page.pk, "theme_id": chance.choice(themes).pk})
            for page in pages
        )  # fmt: skip
        if document_model is not None:
            document_model.objects.bulk_create(
                document_model(page_id=page.pk, document=chance.choice(documents), sort_order=0)
                for page in pages[::10]
            )
    register(pages, references=False)


def _documents(count):
    found = list(PortailDocument.objects.filter(title__startswith="Rapport d’échelle"))
    for number in range(len(found), count):
        title = f"Rapport d’échelle {number + 1}"
        file = make_pdf_file(f"rapport-echelle-{number + 1}.pdf", title, [SENTENCES[number % 6]])
        found.append(PortailDocument.objects.create(title=title, file=file))
    return found
