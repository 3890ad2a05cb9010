"""Members (French local authorities) and their partnerships with authorities abroad."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from stdnum.fr import siren
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from portail.core.selectors import section_url
from portail.core.text import fold

from ..validators import validate_siren
from .pages import MemberDirectory


class MemberKind(models.TextChoices):
    REGION = "region", _("Région")
    DEPARTMENT = "departement", _("Département")
    INTERMUNICIPALITY = "intercommunalite", _("Intercommunalité")
    MUNICIPALITY = "commune", _("Commune")


class FrenchRegion(models.TextChoices):
    AUVERGNE_RHONE_ALPES = "ara", "Auvergne-Rhône-Alpes"
    BOURGOGNE_FRANCHE_COMTE = "bfc", "Bourgogne-Franche-Comté"
    BRETAGNE = "bre", "Bretagne"
    CENTRE_VAL_DE_LOIRE = "cvl", "Centre-Val de Loire"
    CORSE = "cor", "Corse"
    GRAND_EST = "ges", "Grand Est"
    HAUTS_DE_FRANCE = "hdf", "Hauts-de-France"
    ILE_DE_FRANCE = "idf", "Île-de-France"
    NORMANDIE = "nor", "Normandie"
    NOUVELLE_AQUITAINE = "naq", "Nouvelle-Aquitaine"
    OCCITANIE = "occ", "Occitanie"
    PAYS_DE_LA_LOIRE = "pdl", "Pays de la Loire"
    PROVENCE_ALPES_COTE_D_AZUR = "pac", "Provence-Alpes-Côte d’Azur"
    GUADELOUPE = "gua", "Guadeloupe"
    MARTINIQUE = "mtq", "Martinique"
    GUYANE = "guy", "Guyane"
    LA_REUNION = "lre", "La Réunion"
    MAYOTTE = "may", "Mayotte"


class Member(index.Indexed, models.Model):
    """A French local authority that belongs to the network."""

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=200, unique=True, blank=True)
    kind = models.CharField(_("type de collectivité"), max_length=20, choices=MemberKind.choices)
    region = models.CharField(_("région"), max_length=3, choices=FrenchRegion.choices)
    siren = models.CharField(
        _("numéro SIREN"), max_length=11, unique=True, validators=[validate_siren]
    )
    website = models.URLField(_("site web"), blank=True)
    logo = models.ForeignKey(
        "images.PortailImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_name = models.CharField(max_length=200, editable=False, db_index=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("region")]),
        FieldPanel("siren"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["sort_name"]
        verbose_name = _("collectivité adhérente")
        verbose_name_plural = _("collectivités adhérentes")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.siren = siren.compact(self.siren)
        self.slug = self.slug or slugify(self.name)[:200]
        self.sort_name = fold(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """The member's page under the directory, or "" while the site has no directory."""
        base = section_url(MemberDirectory)
        return f"{base}{self.slug}/" if base else ""


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("partnership", "active")
    DORMANT = "dormant", pgettext_lazy("partnership", "en sommeil")


class Partnership(models.Model):
    """A member's cooperation with a local authority abroad."""

    member = models.ForeignKey(
        Member,
        verbose_name=_("collectivité française"),
        on_delete=models.CASCADE,
        related_name="partnerships",
    )
    foreign_authority = models.CharField(_("collectivité partenaire"), max_length=200)
    country = models.ForeignKey(
        "taxonomy.Country",
        verbose_name=_("pays"),
        on_delete=models.PROTECT,
        related_name="partnerships",
    )
    themes = models.ManyToManyField(
        "taxonomy.Theme", verbose_name=_("thèmes"), blank=True, related_name="partnerships"
    )
    since = models.PositiveSmallIntegerField(
        _("depuis"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
        help_text=_("Année de la signature."),
    )
    status = models.CharField(
        _("état"),
        max_length=10,
        choices=PartnershipStatus.choices,
        default=PartnershipStatus.ACTIVE,
    )
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("member"),
        FieldRowPanel([FieldPanel("foreign_authority"), FieldPanel("country")]),
        FieldRowPanel([FieldPanel("since"), FieldPanel("status")]),
        FieldPanel("themes"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["country__name", "foreign_authority"]
        verbose_name = _("partenariat")
        verbose_name_plural = _("partenariats")
        indexes = [models.Index(fields=["country", "status"], name="partnership_country_status")]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "country", "foreign_authority"], name="one_partnership_per_pair"
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.foreign_authority} ({self.country})"

    @property
    def is_active(self):
        return self.status == PartnershipStatus.ACTIVE
