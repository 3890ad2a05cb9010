from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .addresses import tag_address


class WorldRegion(models.TextChoices):
    """Continents as GeoNames names them; the labels are the CLDR's French names."""

    AFRICA = "AF", _("Afrique")
    ASIA = "AS", _("Asie")
    EUROPE = "EU", _("Europe")
    NORTH_AMERICA = "NA", _("Amérique du Nord")
    SOUTH_AMERICA = "SA", _("Amérique du Sud")
    OCEANIA = "OC", _("Océanie")
    ANTARCTICA = "AN", _("Antarctique")


class Country(index.Indexed, models.Model):
    """A country, identified by its ISO 3166-1 alpha-2 code; all of them ship in a migration."""

    code = models.CharField(_("code ISO"), max_length=2, unique=True)
    name = models.CharField(_("nom"), max_length=100)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True)
    region = models.CharField(
        _("région du monde"), max_length=2, choices=WorldRegion.choices, blank=True
    )

    panels = [FieldPanel("name"), FieldPanel("code", read_only=True), FieldPanel("region")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["slug"]  # French order: slugs carry no accents (Sénégal before Syrie)
        verbose_name = _("pays")
        verbose_name_plural = _("pays")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return tag_address("country", self.code.lower())


class Theme(index.Indexed, models.Model):
    name = models.CharField(_("nom"), max_length=100, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["slug"]  # French order, as countries
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return tag_address("theme", self.slug)


class Organisation(index.Indexed, models.Model):
    """A source or partner organisation: CGLU, CUF, MEAE/DAECT, PLATFORMA..."""

    name = models.CharField(
        _("nom court"),
        max_length=100,
        unique=True,
        help_text=_("Tel qu’il figure en tête des titres, ex. « CGLU »."),
    )
    full_name = models.CharField(_("nom complet"), max_length=255, blank=True)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True, blank=True)
    website = models.URLField(_("site web"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("full_name"),
        FieldPanel("slug"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("full_name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["slug"]  # French order, as countries
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.name.replace("/", " "))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return tag_address("organisation", self.slug)


class StaffContact(models.Model):
    """A member of the network's staff that readers can write to about a page."""

    name = models.CharField(_("nom"), max_length=100)
    role = models.CharField(_("fonction"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name
