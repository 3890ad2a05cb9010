"""Search latency in process: 200 different queries, each asked once (nothing of it cached
yet), then each asked again for its second page of results (its ranking cached per content
version, as when a visitor pages or narrows by a facet). The page cache is off.

The process is set up as a served worker is: production settings, the portal loaded, then
what loading made set aside from the garbage collector (portail/server.py).

Usage: DJANGO_SETTINGS_MODULE=portail.settings.production SECRET_KEY=x HTTPS=off \\
    DATABASE_URL=… PAGE_CACHE=false .venv/bin/python bench/search_latency.py
Prints one JSON line: p50 and p95 in ms of each pass, and the number of queries.
"""

import itertools
import json
import os
import random
import time

import django
from django.utils.text import slugify

SUBJECTS = ["coopération décentralisée", "jumelage", "solidarité internationale", "partenariat",
            "action extérieure", "développement durable", "accès à l'eau", "gouvernance locale",
            "jeunesse", "patrimoine", "tourisme responsable", "santé", "agriculture urbaine",
            "gestion des déchets", "énergie solaire", "formation des élus", "égalité",
            "numérique", "aide d'urgence", "reconstruction"]  # fmt: skip
COMMON = ["collectivités", "élus", "partenariat", "formation", "projets", "réseau", "programme",
          "délégation", "coopération", "services techniques"]  # fmt: skip
COUNTRIES = ["Sénégal", "Mali", "Burkina Faso", "Maroc", "Tunisie", "Liban", "Vietnam",
             "Cambodge", "Haïti", "Madagascar", "Arménie", "Japon", "Niger", "Bénin", "Togo"]  # fmt: skip
RARE = ["cacao", "volcan", "biodiversité", "hôpital", "cartographie", "inondations",
        "microfinance", "archives", "apiculture", "séisme"]  # fmt: skip


def queries(count=200, seed=7):
    """Different queries, as visitors type them: one common word, a subject, a subject and a
    country, without accents, a quoted phrase, alternatives with OR, words nothing holds."""
    chance = random.Random(seed)
    kinds = [
        lambda: chance.choice(COMMON),
        lambda: chance.choice(SUBJECTS),
        lambda: f"{chance.choice(SUBJECTS)} {chance.choice(COUNTRIES)}",
        lambda: f"{chance.choice(COMMON)} {chance.choice(COUNTRIES)}",
        lambda: slugify(chance.choice(SUBJECTS)).replace("-", " "),
        lambda: f'"{chance.choice(SUBJECTS)}"',
        lambda: f"{chance.choice(SUBJECTS)} OR {chance.choice(SUBJECTS)}",
        lambda: f"{chance.choice(RARE)} {chance.choice(COUNTRIES)}",
        lambda: f"{chance.choice(COMMON)} {chance.choice(SUBJECTS)}",
    ]
    found = dict.fromkeys(COMMON)  # every common word alone, first
    for make in itertools.cycle(kinds):
        if len(found) >= count:
            break
        found[make()] = None
    return list(found)


def percentiles(timings):
    timings = sorted(timings)
    return round(timings[len(timings) // 2], 1), round(timings[int(len(timings) * 0.95)], 1)


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portail.settings.dev")
    django.setup()
    from django.test import Client

    import portail.wsgi  # noqa: F401 - loaded as a worker loads it
    from portail.server import keep_loaded_objects_from_the_collector

    keep_loaded_objects_from_the_collector()

    client = Client(SERVER_NAME="localhost")  # a host production settings allow
    typed = queries()
    client.get("/recherche/", {"q": "échauffement"})  # the first request loads the code
    report = {"queries": len(typed)}
    for name, page in (("first", 1), ("again", 2)):
        timings = []
        for query in typed:
            started = time.perf_counter()
            response = client.get("/recherche/", {"q": query, "page": page})
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
        report[name] = percentiles(timings)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
