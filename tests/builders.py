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
    return HomePage.objects.get(locale__language_code="fr")


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


def member(name=None, kind="commune", region="bre", **fields):
    from portail.demo.network_records import demo_siren
    from portail.network.models import Member

    number = next(_counter)
    return Member.objects.create(
        name=name or f"Commune {number}",
        kind=kind,
        region=region,
        siren=fields.pop("siren", None) or demo_siren(900000 + number),
        **fields,
    )


def partnership(member, country, foreign_authority="Ville partenaire", **fields):
    from portail.network.models import Partnership

    return Partnership.objects.create(
        member=member, country=country, foreign_authority=foreign_authority, **fields
    )


def country(code):
    from portail.taxonomy.models import Country

    return Country.objects.get(code=code)


def country_group(country, **fields):
    from portail.network.models import CountryGroupIndex, CountryGroupPage

    index = child_of_type(home(), CountryGroupIndex, title="Groupes-pays", slug="groupes-pays")
    page = CountryGroupPage(title=f"Groupe-pays {country.name}", country=country, **fields)
    return page_publish(index, page)


def member_directory():
    from portail.network.models import MemberDirectory

    return child_of_type(home(), MemberDirectory, title="Annuaire des adhérents", slug="membres")


def atlas():
    from portail.network.models import AtlasPage

    return child_of_type(home(), AtlasPage, title="Atlas des partenariats", slug="atlas")


def fund(title=None, country_code="MA", contributions=(), **fields):
    from portail.funds.models import Contribution, SolidarityFundIndex, SolidarityFundPage

    index = child_of_type(
        home(), SolidarityFundIndex, title="Fonds de solidarité", slug="fonds-de-solidarite"
    )
    fields.setdefault("opening_date", timezone.localdate() - datetime.timedelta(days=30))
    page = SolidarityFundPage(
        title=title or f"Fonds {next(_counter)}",
        crisis=fields.pop("crisis", "Séisme"),
        country=country(country_code),
        **fields,
    )
    page.contributions = [
        Contribution(member=giver, amount=amount, date=timezone.localdate())
        for giver, amount in contributions
    ]
    return page_publish(index, page)


def opportunities():
    from portail.opportunities.models import Opportunities

    return child_of_type(home(), Opportunities, title="Opportunités", slug="opportunites")


def call(title=None, deadline=None, countries=(), themes=(), **fields):
    from portail.opportunities.models import CallForProjectsPage

    page = CallForProjectsPage(
        title=title or f"Appel {next(_counter)}",
        deadline=deadline or timezone.now() + datetime.timedelta(days=10),
        **fields,
    )
    page.countries, page.themes = list(countries), list(themes)
    return page_publish(opportunities(), page)


def job(title=None, deadline=None, **fields):
    from portail.opportunities.models import JobOfferPage

    fields.setdefault("employer", "Cités Unies France")
    fields.setdefault("contract", "cdd")
    fields.setdefault("place", "Paris")
    page = JobOfferPage(
        title=title or f"Offre {next(_counter)}",
        deadline=deadline or timezone.localdate() + datetime.timedelta(days=10),
        **fields,
    )
    return page_publish(opportunities(), page)


def account(email=None, member=None, password="mot-de-passe-solide-42", members=True, **fields):
    """A person's account; in the members' group unless `members` is False."""
    from django.contrib.auth import get_user_model

    from portail.accounts.services import members_group

    number = next(_counter)
    fields.setdefault("consent_at", timezone.now())
    user = get_user_model().objects.create_user(
        email=email or f"personne{number}@example.org",
        password=password,
        first_name=fields.pop("first_name", "Camille"),
        last_name=fields.pop("last_name", f"Martin {number}"),
        member=member,
        **fields,
    )
    if members:
        user.groups.add(members_group())
    return user


def members_only(page):
    """Restrict `page` (and what lies under it) to the members' group."""
    from wagtail.models import PageViewRestriction

    from portail.accounts.services import members_group

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members_group())
    return page
