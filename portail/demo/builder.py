"""Builds the demo site: settings, tags, pages, images and documents, all made locally."""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from portail.agenda.models import Agenda, EventPage, EventPageDocument, EventSeries
from portail.core.models import HomePage, SiteSettings, StandardPage
from portail.core.services import child_of_type, page_publish
from portail.documents.models import PortailDocument
from portail.images.models import PortailImage
from portail.news.models import NewsIndex, NewsPage, NewsPageDocument
from portail.resources.models import (
    GalleryPhoto,
    ResourceCentre,
    ResourcePage,
    ResourcePageDocument,
)
from portail.taxonomy.models import Country, Organisation, StaffContact, Theme

from . import content
from .files import make_image_file, make_pdf_file, make_sound_file
from .members import build_members_area
from .network import build_network

EDITOR_EMAIL = "redaction@portail.localhost"
DEMO_VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"


def site_has_content():
    return NewsPage.objects.exists() or EventPage.objects.exists() or ResourcePage.objects.exists()


def build_demo(today=None):
    """Fill an empty portal; returns [(account label, e-mail, fresh password)] for the editor
    and a member."""
    today = today or timezone.localdate()
    home = HomePage.objects.first()
    _site_settings(home)
    themes = {
        name: Theme.objects.get_or_create(name=name, defaults={"description": text})[0]
        for name, text in content.THEMES
    }
    organisations = {
        name: Organisation.objects.get_or_create(
            name=name, defaults={"full_name": full, "website": url}
        )[0]
        for name, full, url in content.ORGANISATIONS
    }
    contacts = [
        StaffContact.objects.get_or_create(
            name=name, defaults={"role": role, "email": email, "phone": phone}
        )[0]
        for name, role, email, phone in content.CONTACTS
    ]
    countries = {country.code: country for country in Country.objects.all()}
    tags = {
        "themes": themes,
        "organisations": organisations,
        "countries": countries,
        "contacts": contacts,
    }

    news_index = child_of_type(
        home,
        NewsIndex,
        title="Actualités",
        slug="actualites",
        show_in_menus=True,
        introduction="Les nouvelles du réseau et de ses partenaires.",
    )
    agenda = child_of_type(
        home,
        Agenda,
        title="Agenda",
        slug="agenda",
        show_in_menus=True,
        introduction="Réunions des groupes-pays, rencontres, webinaires et formations.",
    )
    centre = child_of_type(
        home,
        ResourceCentre,
        title="Centre de ressources",
        slug="ressources",
        show_in_menus=True,
        introduction="Guides, photos, podcasts et vidéos sur l’action internationale des collectivités.",
    )
    for title, slug, in_menu, text in content.STANDARD_PAGES:
        child_of_type(home, StandardPage, title=title, slug=slug, show_in_menus=in_menu, lead=text)

    news = _build_news(news_index, today, tags)
    _build_events(agenda, today, tags)
    _build_resources(centre, today, tags)
    build_network(home, agenda, news_index, today, tags)
    home.pinned_news = news[0]
    home.introduction = (
        "Le réseau des collectivités territoriales françaises engagées à l’international."
    )
    home.save_revision().publish()
    editor_email, editor_password = _create_editor()
    editor = get_user_model().objects.get(email=editor_email)
    member_email, member_password = build_members_area(news_index, today, editor)
    return [
        ("Compte de rédaction", editor_email, editor_password),
        ("Compte adhérent", member_email, member_password),
    ]


def _site_settings(home):
    site = Site.objects.get(root_page=home)
    settings = SiteSettings.for_site(site)
    settings.site_name = "Cités Unies France"
    settings.tagline = "Le portail de la coopération décentralisée"
    settings.default_image = PortailImage.objects.create(
        title="Image par défaut",
        file=make_image_file("image-par-defaut.png", 0, label="Cités Unies France"),
    )
    settings.logo = PortailImage.objects.create(
        title="Logo", file=make_image_file("logo.png", 3, size=(200, 200))
    )
    settings.contact_email = "contact@cites-unies.example"
    settings.contact_address = "Cités Unies France\nParis"
    settings.x = "https://x.com/citesunies"
    settings.linkedin = "https://www.linkedin.com/company/cites-unies-france"
    settings.save()


def _pdf(title, paragraphs):
    return PortailDocument.objects.create(
        title=title, file=make_pdf_file(f"{slugify(title)[:60]}.pdf", title, paragraphs)
    )


def _tag(page, tags, countries=(), themes=(), organisations=()):
    page.countries = [tags["countries"][code] for code in countries]
    page.themes = [tags["themes"][name] for name in themes]
    page.organisations = [tags["organisations"][name] for name in organisations]


def _build_news(parent, today, tags):
    created = []
    # Oldest first, two to five days apart, the most recent one yesterday.
    start = today - datetime.timedelta(days=4 * len(content.NEWS))
    for index, (
        title,
        subtitle,
        organisation,
        countries,
        themes,
        paragraphs,
        document,
    ) in enumerate(content.NEWS):
        date = start + datetime.timedelta(days=4 * index + index % 3)
        date = min(date, today - datetime.timedelta(days=1))
        page = NewsPage(
            title=title,
            subtitle=subtitle,
            publication_date=date,
            surtitle="Communiqué" if organisation == "MEAE/DAECT" else "",
            body=[("paragraph", "".join(f"<p>{p}</p>" for p in paragraphs))],
        )
        if index % 3 != 2:  # some news have no image: the default image stands in
            page.image = PortailImage.objects.create(
                title=title[:200],
                caption=subtitle or title,
                credit="Cités Unies France",
                file=make_image_file(f"actualite-{index}.png", index + 1),
            )
        _tag(page, tags, countries, themes, [organisation])
        page.contacts = [tags["contacts"][index % len(tags["contacts"])]]
        if document:
            page.documents = [
                NewsPageDocument(
                    document=_pdf(f"{document} – {title[:80]}", paragraphs), label=document
                )
            ]
        created.append(page_publish(parent, page, published_at=date))
    return sorted(created, key=lambda page: page.publication_date, reverse=True)


def _build_events(parent, today, tags):
    series = {}
    for (
        title,
        days,
        hours,
        length,
        place,
        online,
        status,
        save_the_date,
        series_title,
        countries,
        kind,
    ) in content.EVENTS:
        day = today + datetime.timedelta(days=days)
        if hours is None:
            start = _at(day, 0)
            end = _at(day + datetime.timedelta(days=length - 1), 0)
        else:
            start, end = _at(day, hours[0]), _at(day, hours[1])
        if series_title and series_title not in series:
            series[series_title] = EventSeries.objects.create(
                title=series_title,
                description="Un cycle mensuel d’échanges sur l’actualité internationale.",
            )
        page = EventPage(
            title=title,
            start=start,
            end=end,
            all_day=hours is None,
            location=place,
            online=online,
            online_url="https://visio.example/salle-cuf" if online else "",
            status=status,
            save_the_date=save_the_date,
            series=series.get(series_title),
            kind=kind,
            organiser=tags["organisations"]["CUF"],
            body=[
                (
                    "paragraph",
                    f"<p>{title} : ordre du jour, intervenants et modalités d’inscription à venir.</p>",
                )
            ],
        )
        if days < 0:
            page.report = [
                (
                    "paragraph",
                    "<p>Les échanges ont permis de dresser le bilan de l’année et d’arrêter le calendrier des prochaines actions.</p>",
                )
            ]
            page.documents = [
                EventPageDocument(
                    document=_pdf(f"Compte-rendu – {title}", ["Compte-rendu de la réunion."]),
                    label="Compte-rendu",
                )
            ]
        _tag(page, tags, countries, [], ["CUF"])
        page_publish(parent, page, published_at=min(today, day) - datetime.timedelta(days=20))


def _build_resources(parent, today, tags):
    for index, (title, media, countries, themes, paragraphs) in enumerate(content.RESOURCES):
        date = today - datetime.timedelta(days=30 * (index + 1))
        page = ResourcePage(
            title=title,
            media=media,
            publication_date=date,
            body=[("paragraph", "".join(f"<p>{p}</p>" for p in paragraphs))],
        )
        page.image = PortailImage.objects.create(
            title=title, file=make_image_file(f"ressource-{index}.png", index + 7)
        )
        if media == "text":
            page.documents = [
                ResourcePageDocument(document=_pdf(title, paragraphs * 3), label=title)
            ]
        elif media == "photo":
            page.gallery = [
                GalleryPhoto(
                    image=PortailImage.objects.create(
                        title=f"{title} ({n})",
                        caption=f"Photo {n} : {title}",
                        credit="Cités Unies France",
                        file=make_image_file(f"galerie-{index}-{n}.png", index + n),
                    )
                )
                for n in range(1, 5)
            ]
        elif media == "sound":
            page.audio = PortailDocument.objects.create(
                title=title, file=make_sound_file(f"son-{index}.wav")
            )
            page.transcript = "<p>Transcription : " + " ".join(paragraphs) + "</p>"
        else:
            page.video_url = DEMO_VIDEO_URL
        _tag(page, tags, countries, themes, ["CUF"])
        page_publish(parent, page, published_at=date)


def _at(day, hour):
    hours, minutes = int(hour), int(round((hour % 1) * 60))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hours, minutes)))


def _create_editor():
    password = secrets.token_urlsafe(12)
    user, _ = get_user_model().objects.get_or_create(
        email=EDITOR_EMAIL,
        defaults={
            "first_name": "Équipe",
            "last_name": "Rédaction",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    user.set_password(password)
    user.save()
    return EDITOR_EMAIL, password
