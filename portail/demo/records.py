"""The demo's content as interchange lines (docs/IMPORT.md), dated from today, with its files
made on the spot: `portail import` writes the demo as it writes any site's content."""

import datetime
from pathlib import Path

from django.utils.text import slugify

from portail.accounts.models import MEMBERS_GROUP

from . import content
from .english import english_lines
from .files import make_image_file, make_pdf_file, make_sound_file
from .network_records import network_lines

DEMO_VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
MEMBERS_ONLY = "Réservé aux adhérents"
SECTION_INTRODUCTIONS = {
    "news": "Les nouvelles du réseau et de ses partenaires.",
    "agenda": "Réunions des groupes-pays, rencontres, webinaires et formations.",
    "resources": "Guides, photos, podcasts et vidéos sur l’action internationale des "
    "collectivités.",
}


class DemoFiles:
    """The folder beside the lines, where the files they name are written."""

    def __init__(self, folder):
        self.folder = Path(folder)
        (self.folder / "files").mkdir(parents=True, exist_ok=True)

    def _write(self, made):
        name, number = made.name, 1
        while (self.folder / "files" / name).exists():  # two files may share a title
            number += 1
            name = f"{number}-{made.name}"
        (self.folder / "files" / name).write_bytes(made.read())
        return f"files/{name}"

    def image(self, name, seed, **options):
        return self._write(make_image_file(name, seed, **options))

    def pdf(self, title, paragraphs, name=None):
        name = name or f"{slugify(title)[:60]}.pdf"
        return self._write(make_pdf_file(name, title, paragraphs))

    def sound(self, name):
        return self._write(make_sound_file(name))


def demo_lines(folder, today):
    """Every line of the demo, in an order that imports."""
    files = DemoFiles(folder)
    yield _site(files)
    yield {"kind": "collection", "name": MEMBERS_ONLY, "privacy": {"groups": [MEMBERS_GROUP]}}
    for name, description in content.THEMES:
        yield {"kind": "theme", "name": name, "description": description}
    for name, full_name, website in content.ORGANISATIONS:
        yield {"kind": "organisation", "name": name, "full_name": full_name, "website": website}
    for name, role, email, phone in content.CONTACTS:
        yield {"kind": "contact", "name": name, "role": role, "email": email, "phone": phone}
    for section, introduction in SECTION_INTRODUCTIONS.items():
        yield {
            "kind": "section",
            "section": section,
            "title": _SECTION_TITLES[section],
            "introduction": introduction,
            "show_in_menus": True,
        }
    for title, slug, in_menu, lead in content.STANDARD_PAGES:
        yield {"kind": "page", "title": title, "slug": slug, "show_in_menus": in_menu, "lead": lead}
    events = list(_events(files, today))
    news = list(_news(files, today))
    yield from network_lines(files, today, events)
    yield from news
    yield _members_only_news(files, today)
    yield from events
    yield from _resources(files, today)
    latest = max(news, key=lambda item: item["date"])
    yield {
        "kind": "section",
        "section": "home",
        "title": "Accueil",
        "introduction": "Le réseau des collectivités territoriales françaises engagées à "
        "l’international.",
        "pinned_news": latest["slug"],
    }
    yield from english_lines(news, events, latest["slug"])


_SECTION_TITLES = {"news": "Actualités", "agenda": "Agenda", "resources": "Centre de ressources"}


def _site(files):
    return {
        "kind": "site",
        "name": "Cités Unies France",
        "tagline": "Le portail de la coopération décentralisée",
        "tagline_en": "The portal of decentralised cooperation",
        "default_image": {
            "path": files.image("image-par-defaut.png", 0, label="Cités Unies France"),
            "title": "Image par défaut",
        },
        "logo": {"path": files.image("logo.png", 3, size=(200, 200)), "title": "Logo"},
        "social": {
            "x": "https://x.com/citesunies",
            "linkedin": "https://www.linkedin.com/company/cites-unies-france",
        },
        "contact": {
            "email": "contact@cites-unies.example",
            "address": "Cités Unies France\nParis",
        },
    }


def _paragraphs(paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def _news(files, today):
    # Oldest first, two to five days apart, the most recent one yesterday.
    start = today - datetime.timedelta(days=4 * len(content.NEWS))
    contacts = content.CONTACTS
    for index, (title, subtitle, organisation, countries, themes, paragraphs, label) in enumerate(
        content.NEWS
    ):
        date = start + datetime.timedelta(days=4 * index + index % 3)
        date = min(date, today - datetime.timedelta(days=1))
        name, role, email, _ = contacts[index % len(contacts)]
        item = {
            "kind": "news",
            "slug": slugify(title)[:255],
            "title": title,
            "date": date.isoformat(),
            "subtitle": subtitle,
            "surtitle": "Communiqué" if organisation == "MEAE/DAECT" else "",
            "body": _paragraphs(paragraphs),
            "countries": countries,
            "themes": themes,
            "organisations": [organisation],
            "contacts": [{"name": name, "role": role, "email": email}],
        }
        if index % 3 != 2:  # some news have no image: the default image stands in
            item["image"] = {
                "path": files.image(f"actualite-{index}.png", index + 1),
                "title": title[:200],
                "caption": subtitle or title,
                "credit": "Cités Unies France",
            }
        if label:
            document_title = f"{label} – {title[:80]}"
            item["documents"] = [
                {
                    "title": document_title,
                    "label": label,
                    "path": files.pdf(document_title, paragraphs),
                }
            ]
        yield item


def _members_only_news(files, today):
    title = "Relevé de décisions du bureau exécutif"
    return {
        "kind": "news",
        "title": title,
        "date": (today - datetime.timedelta(days=2)).isoformat(),
        "lead": "Les décisions du dernier bureau exécutif, pour les collectivités adhérentes.",
        "body": "<p>Le bureau a adopté le programme de travail de l’année.</p>",
        "documents": [
            {
                "title": title,
                "label": "Relevé de décisions (PDF)",
                "collection": MEMBERS_ONLY,
                "path": files.pdf(
                    title,
                    ["Le bureau adopte le programme de travail et le budget prévisionnel."],
                    name="releve-de-decisions.pdf",
                ),
            }
        ],
        "privacy": {"groups": [MEMBERS_GROUP]},
    }


SERIES_DESCRIPTION = "Un cycle mensuel d’échanges sur l’actualité internationale."


def _events(files, today):
    for (
        title,
        days,
        hours,
        length,
        place,
        online,
        status,
        save_the_date,
        series,
        countries,
        kind,
    ) in content.EVENTS:
        day = today + datetime.timedelta(days=days)
        if hours is None:
            start, end = day.isoformat(), (day + datetime.timedelta(days=length - 1)).isoformat()
        else:
            start, end = _at(day, hours[0]), _at(day, hours[1])
        item = {
            "kind": "event",
            "slug": slugify(title)[:255],
            "title": title,
            "start": start,
            "end": end,
            "location": place,
            "online": online,
            "online_url": "https://visio.example/salle-cuf" if online else "",
            "status": status,
            "save_the_date": save_the_date,
            "type": kind,
            "organiser": "CUF",
            "body": f"<p>{title} : ordre du jour, intervenants et modalités d’inscription à "
            "venir.</p>",
            "countries": countries,
            "organisations": ["CUF"],
        }
        if series:
            item["series"] = {"title": series, "description": SERIES_DESCRIPTION}
        if days < 0:
            item["report"] = (
                "<p>Les échanges ont permis de dresser le bilan de l’année et d’arrêter le "
                "calendrier des prochaines actions.</p>"
            )
            item["documents"] = [
                {
                    "title": f"Compte-rendu – {title}",
                    "label": "Compte-rendu",
                    "path": files.pdf(f"Compte-rendu – {title}", ["Compte-rendu de la réunion."]),
                }
            ]
        yield item


def _at(day, hour):
    hours, minutes = int(hour), int(round((hour % 1) * 60))
    return datetime.datetime.combine(day, datetime.time(hours, minutes)).isoformat(
        timespec="minutes"
    )


def _resources(files, today):
    for index, (title, media, countries, themes, paragraphs) in enumerate(content.RESOURCES):
        item = {
            "kind": "resource",
            "title": title,
            "media": media,
            "date": (today - datetime.timedelta(days=30 * (index + 1))).isoformat(),
            "body": _paragraphs(paragraphs),
            "image": {"path": files.image(f"ressource-{index}.png", index + 7), "title": title},
            "countries": countries,
            "themes": themes,
            "organisations": ["CUF"],
        }
        if media == "text":
            item["documents"] = [{"title": title, "path": files.pdf(title, paragraphs * 3)}]
        elif media == "photo":
            item["gallery"] = [
                {
                    "path": files.image(f"galerie-{index}-{n}.png", index + n),
                    "title": f"{title} ({n})",
                    "caption": f"Photo {n} : {title}",
                    "credit": "Cités Unies France",
                }
                for n in range(1, 5)
            ]
        elif media == "sound":
            item["audio"] = {"path": files.sound(f"son-{index}.wav"), "title": title}
            item["transcript"] = "<p>Transcription : " + " ".join(paragraphs) + "</p>"
        else:
            item["url"] = DEMO_VIDEO_URL
        yield item
