"""The network's pages: country groups, the member directory and the atlas."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portail.core.blocks import BodyBlock
from portail.core.models import NETWORK_MENU, BasePage, SectionPage
from portail.core.page_context import page_context


class CountryGroupIndex(SectionPage):
    """/groupes-pays/: the country groups, by world region."""

    menu_group = NETWORK_MENU

    subpage_types = ["network.CountryGroupPage"]
    template = "pages/country_group_index.html"

    class Meta:
        verbose_name = _("liste des groupes-pays")


class CountryGroupPage(BasePage):
    """A country group: members that act in one country meet, share and speak together."""

    country = models.ForeignKey(
        "taxonomy.Country",
        verbose_name=_("pays"),
        on_delete=models.PROTECT,
        related_name="country_groups",
    )
    president_name = models.CharField(_("nom"), max_length=200, blank=True)
    president_office = models.CharField(
        _("mandat"), max_length=200, blank=True, help_text=_("ex. « Maire adjointe »")
    )
    president_authority = models.ForeignKey(
        "network.Member",
        verbose_name=_("collectivité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact = models.ForeignKey(
        "taxonomy.StaffContact",
        verbose_name=_("chargé·e de mission"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead = models.TextField(_("chapô"), blank=True)
    presentation = StreamField(BodyBlock(), verbose_name=_("présentation"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("country"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("president_name"),
                FieldPanel("president_office"),
                FieldPanel("president_authority"),
            ],
            heading=_("Présidence"),
        ),
        FieldPanel("contact"),
        FieldPanel("presentation"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("presentation"),
        index.RelatedFields("country", [index.SearchField("name")]),
    ]
    parent_page_types = ["network.CountryGroupIndex"]
    # The group's own pages (meeting reports, working papers), which its coordinators edit.
    subpage_types = ["core.StandardPage"]
    template = "pages/country_group_page.html"

    class Meta:
        verbose_name = _("groupe-pays")
        verbose_name_plural = _("groupes-pays")

    def clean(self):
        # One group a country in each language (its English version shares the country).
        super().clean()
        others = CountryGroupPage.objects.filter(
            country_id=self.country_id, locale_id=self.locale_id
        )
        if self.country_id and others.exclude(pk=self.pk).exists():
            raise ValidationError({"country": _("Ce pays a déjà son groupe-pays.")})


class MemberDirectory(RoutablePageMixin, SectionPage):
    """/membres/: the directory of member authorities, and one page per member."""

    menu_group = NETWORK_MENU

    subpage_types = []

    class Meta:
        verbose_name = _("annuaire des adhérents")

    @path("")
    def directory(self, request):
        context = page_context(self, request, "directory")
        return self.render(
            request, context_overrides=context, template="pages/member_directory.html"
        )

    @path("<slug:slug>/")
    def member(self, request, slug):
        context = page_context(self, request, "member", slug=slug)
        if not context:
            raise Http404
        return self.render(request, context_overrides=context, template="pages/member_page.html")


class AtlasPage(SectionPage):
    """/atlas/: partnerships counted by country on a world map that works offline."""

    menu_group = NETWORK_MENU

    subpage_types = []
    template = "pages/atlas_page.html"

    class Meta:
        verbose_name = _("atlas des partenariats")
