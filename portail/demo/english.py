"""The demo's English pages, as an editor makes them with "Traduire": the home page, the
sections' names, "About us", three news items, an event and a country group; the rest is read
in French under /en/."""

from django.utils.text import slugify

from portail.taxonomy.models import Country

NEWS = [
    (
        "UCLG: renewal of its governing bodies and the calendar of consultations",
        "Meeting of the secretariats of UCLG's committees, by videoconference",
        [
            "The world network of local governments brought together the secretariats of its "
            "committees to prepare the renewal of its governing bodies and set the year's "
            "calendar of consultations.",
            "Cités Unies France recalled the part French local authorities play in "
            "international solidarity and presented the network's solidarity funds.",
        ],
    ),
    (
        "French Ministry for Europe and Foreign Affairs: annual call for projects in support of "
        "decentralised cooperation",
        "Applications on the online platform until 15 April",
        [
            "The delegation for the external action of local authorities opens its annual call "
            "for projects, supporting projects led by French local authorities with their "
            "partners abroad.",
            "Youth, sustainable development and French-speaking projects come first.",
        ],
    ),
    (
        "Senegal country group: priorities for decentralised cooperation",
        "In Paris, at Cités Unies France",
        [
            "The local authorities working in Senegal met to review their partnerships and "
            "prepare the next conference on Franco-Senegalese decentralised cooperation.",
            "Water management, youth mobility and support to municipal technical services "
            "remain the shared priorities.",
        ],
    ),
]


SECTIONS = {
    "news": "News",
    "agenda": "Events",
    "resources": "Resource centre",
    "country_groups": "Country groups",
    "members": "Member directory",
    "atlas": "Partnership atlas",
    "funds": "Solidarity funds",
    "opportunities": "Calls for projects and jobs",
}


def english_lines(news, events, pinned_slug):
    """English lines for French lines already written: `news` and `events` are the French
    items, in the demo's order."""
    yield {
        "kind": "section",
        "section": "home",
        "language": "en",
        "title": "Home",
        "introduction": "The network of French local authorities working internationally.",
        "pinned_news": pinned_slug,
    }
    for section, title in SECTIONS.items():  # their addresses stay: only the names change
        yield {
            "kind": "section",
            "section": section,
            "language": "en",
            "title": title,
            "show_in_menus": True,
        }
    yield {
        "kind": "page",
        "language": "en",
        "translation_of": "qui-sommes-nous",
        "slug": "about-us",
        "title": "About us",
        "show_in_menus": True,
        "lead": "Cités Unies France brings together the French local authorities that act "
        "abroad: twinnings, decentralised cooperation, solidarity after disasters.",
    }
    for french, (title, subtitle, paragraphs) in zip(news, NEWS, strict=False):
        yield _translated(
            french,
            title=title,
            subtitle=subtitle,
            body="".join(f"<p>{paragraph}</p>" for paragraph in paragraphs),
        )
    meeting = events[0]
    yield _translated(
        meeting,
        title="Viet Nam country group meeting",
        body="<p>Agenda, speakers and registration details to come.</p>",
    )
    senegal = Country.objects.get(code="SN")
    yield {
        "kind": "country_group",
        "language": "en",
        "translation_of": f"groupe-pays-{senegal.slug}",
        "slug": "senegal-country-group",
        "title": "Senegal country group",
        "country": "SN",
        "lead": "The Senegal country group brings together the French local authorities "
        "cooperating with their Senegalese counterparts.",
        "body": "<p>The group meets two or three times a year, in Paris and by "
        "videoconference, follows the country's institutional news and talks with embassies "
        "and donors.</p>",
    }


def _translated(french, **words):
    """The French line in English: the same tags, dates, image and documents, other words."""
    line = {key: value for key, value in french.items() if key not in ("privacy", "source_url")}
    line.update(words, language="en", translation_of=french["slug"], slug=slugify(words["title"]))
    return line
