"""What every content page carries: date, image, tags, contacts and documents."""

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from ..addresses import absolute_url
from ..admin_widgets import SearchableCheckboxList
from ..languages import (
    address_for_reader,
    default_locale_id,
    locale_languages,
    reading_language,
    versions_of,
)
from ..page_context import page_context
from ..routing import exclude_restricted, restricted_paths

# The heading under which the network's sections (groups, directory, atlas, funds) are listed.
NETWORK_MENU = _("Le réseau")


class PortailPageQuerySet(PageQuerySet):
    def visible(self):
        """Live, in French and under no view restriction: what anonymous visitors may list
        (in English, the French pages' links lead to their translations)."""
        return exclude_restricted(self.live().filter(locale_id=default_locale_id()))


class BasePage(Page):
    """What every page of the portal shares."""

    objects = PageManager.from_queryset(PortailPageQuerySet)()
    # A heading of the main menu under which the site's section of this type is listed
    # ("" : an entry of its own), so that the menu holds on one line.
    menu_group = ""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_context(self, request))
        return context

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if not parts or parts[2] is None:
            return parts
        return address_for_reader(self, parts)

    def get_sitemap_urls(self, request=None):
        """With hreflang alternates when the page is written in more than one language."""
        entries = super().get_sitemap_urls(request)
        versions = versions_of(self)
        if len(versions) > 1:
            alternates = [
                {"lang_code": language, "location": absolute_url(path)}
                for language, path in sorted(versions.items())
            ]
            for entry in entries:
                entry["alternates"] = alternates
        return entries

    def structured_data(self, request, publisher, image):
        """What the page is in schema.org's terms, beside its breadcrumbs: None, or a dict
        (`publisher`: the site's Organization; `image`: the address of its social image)."""
        return None

    @property
    def localized(self):
        # Wagtail reads the locale of the language being read (a query) each time it is asked,
        # for the site's root page on every request: a page in that language needs none.
        if locale_languages().get(self.locale_id) == reading_language():
            return self
        return super().localized

    def get_view_restrictions(self):
        # Wagtail reads the ancestors and their restrictions (two queries) on every view; the
        # cached list of restricted paths answers "none" for free in the common case.
        if self.alias_of_id or any(self.path.startswith(path) for path in restricted_paths()):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


class SectionPage(BasePage):
    """A section of the site under the home page (/actualites/, /agenda/, /atlas/...): one of
    its kind, with an introduction above what it lists."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["core.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


class ContentPage(BasePage):
    publication_date = models.DateField(
        _("date affichée"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "La date que lisent les visiteurs ; vide : celle de la première publication. Elle "
            "ne programme pas la mise en ligne : pour cela, « Programmer » dans le panneau "
            "Statut, ou « date/heure de publication » ci-dessous."
        ),
    )
    lead = models.TextField(
        _("chapô"), blank=True, help_text=_("Une ou deux phrases qui résument le contenu.")
    )
    image = models.ForeignKey(
        "images.PortailImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    countries = ParentalManyToManyField(
        "taxonomy.Country", verbose_name=_("pays"), blank=True, related_name="+"
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("thèmes"), blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        "taxonomy.Organisation", verbose_name=_("organisations"), blank=True, related_name="+"
    )
    contacts = ParentalManyToManyField(
        "taxonomy.StaffContact", verbose_name=_("contacts"), blank=True, related_name="+"
    )

    tag_panels = [
        MultiFieldPanel(
            [
                FieldPanel(name, widget=SearchableCheckboxList)
                for name in ("countries", "themes", "organisations")
            ],
            heading=_("Sur ces thèmes"),
        ),
        FieldPanel("contacts", widget=SearchableCheckboxList),
    ]
    route_select_related = ("image",)
    api_fields = [
        APIField("publication_date"),
        APIField("lead"),
        APIField("tag_keys"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.RelatedFields("countries", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields(
            "organisations", [index.SearchField("name"), index.SearchField("full_name")]
        ),
        index.FilterField("publication_date"),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # "Leave empty for the first publication date": fixed the moment the page goes live,
        # including by scheduled publishing.
        if self.publication_date is None and self.live:
            self.publication_date = timezone.localdate(self.first_published_at or timezone.now())
        super().save(*args, **kwargs)

    @property
    def tag_keys(self):
        """For the API: country codes, theme and organisation slugs, as its filters take them."""
        return {
            "countries": sorted(country.code.lower() for country in self.countries.all()),
            "themes": sorted(theme.slug for theme in self.themes.all()),
            "organisations": sorted(org.slug for org in self.organisations.all()),
        }

    @cached_property
    def tags(self):
        """Countries, themes and organisations together, as shown under "Sur ces thèmes"
        (listings give their pages theirs all at once: taxonomy.selectors.with_tags)."""
        return [*self.countries.all(), *self.themes.all(), *self.organisations.all()]


# For the search fields of pages with documents: they are found by their documents' words.
ATTACHED_DOCUMENTS_TEXT = index.RelatedFields(
    "documents",
    [
        index.RelatedFields(
            "document", [index.SearchField("title"), index.SearchField("extracted_text")]
        )
    ],
)


class PageDocument(Orderable):
    """A document attached to a page, with the label readers see ("Compte-rendu")."""

    document = models.ForeignKey(
        "documents.PortailDocument",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("libellé"), max_length=255, blank=True, help_text=_("Sinon, le titre du document.")
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def title(self):
        return self.label or self.document.title
