from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portail.core.blocks import BodyBlock
from portail.core.models import NETWORK_MENU, ContentPage, SectionPage


class SolidarityFundIndex(SectionPage):
    """/fonds-de-solidarite/: open funds first, each with what it has collected."""

    menu_group = NETWORK_MENU

    subpage_types = ["funds.SolidarityFundPage"]
    template = "pages/solidarity_fund_index.html"

    class Meta:
        verbose_name = _("liste des fonds de solidarité")


class FundStatus(models.TextChoices):
    OPEN = "open", _("ouvert")
    CLOSED = "closed", _("clos")


class SolidarityFundPage(ContentPage):
    """A fund opened after a crisis, to which member authorities contribute."""

    crisis = models.CharField(
        _("crise"), max_length=255, help_text=_("ex. « Séisme du 8 septembre 2023 »")
    )
    country = models.ForeignKey(
        "taxonomy.Country",
        verbose_name=_("pays touché"),
        on_delete=models.PROTECT,
        related_name="solidarity_funds",
    )
    opening_date = models.DateField(_("date d’ouverture"))
    closing_date = models.DateField(
        _("date de clôture"),
        null=True,
        blank=True,
        help_text=_("Le fonds se ferme de lui-même après cette date."),
    )
    status = models.CharField(
        _("état"), max_length=10, choices=FundStatus.choices, default=FundStatus.OPEN
    )
    target_amount = models.DecimalField(
        _("objectif (€)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("présentation"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("crisis"),
        FieldPanel("country"),
        FieldPanel("lead"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opening_date"), FieldPanel("closing_date")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("target_amount")]),
            ],
            heading=_("Collecte"),
        ),
        FieldPanel("body"),
        InlinePanel("contributions", label=_("Contributions"), heading=_("Contributions")),
        InlinePanel("projects", label=_("Projets financés"), heading=_("Projets financés")),
        *ContentPage.tag_panels,
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("crisis", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["funds.SolidarityFundIndex"]
    subpage_types = []
    template = "pages/solidarity_fund_page.html"

    class Meta:
        verbose_name = _("fonds de solidarité")
        verbose_name_plural = _("fonds de solidarité")

    def is_open(self, today=None):
        today = today or timezone.localdate()
        if self.status != FundStatus.OPEN:
            return False
        return self.closing_date is None or today <= self.closing_date


class Contribution(Orderable):
    """Money a member gave to a fund, as recorded by the network's staff."""

    fund = ParentalKey(SolidarityFundPage, on_delete=models.CASCADE, related_name="contributions")
    member = models.ForeignKey(
        "network.Member",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="contributions",
    )
    amount = models.DecimalField(
        _("montant (€)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    date = models.DateField(_("date"))

    panels = [FieldRowPanel([FieldPanel("member"), FieldPanel("amount"), FieldPanel("date")])]

    class Meta(Orderable.Meta):
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")


class FundedProject(Orderable):
    fund = ParentalKey(SolidarityFundPage, on_delete=models.CASCADE, related_name="projects")
    title = models.CharField(_("projet"), max_length=255)
    place = models.CharField(_("lieu"), max_length=200, blank=True)
    amount = models.DecimalField(
        _("montant (€)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("place"), FieldPanel("amount")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("projet financé")
        verbose_name_plural = _("projets financés")
