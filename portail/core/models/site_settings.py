from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..languages import reading_language

SOCIAL_NETWORKS = ("facebook", "x", "linkedin", "bluesky", "youtube", "instagram")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Identity of the site, edited by administrators under Paramètres > Site."""

    site_name = models.CharField(_("nom du site"), max_length=100, default="Portail")
    tagline = models.CharField(_("slogan"), max_length=200, blank=True)
    tagline_en = models.CharField(
        _("slogan en anglais"),
        max_length=200,
        blank=True,
        help_text=_("Montré aux lecteurs du site en anglais ; sinon, le slogan en français."),
    )
    logo = models.ForeignKey(
        "images.PortailImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    default_image = models.ForeignKey(
        "images.PortailImage",
        verbose_name=_("image par défaut"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Affichée partout où un contenu n’a pas d’image."),
    )
    facebook = models.URLField("Facebook", blank=True)
    x = models.URLField("X (Twitter)", blank=True)
    linkedin = models.URLField("LinkedIn", blank=True)
    bluesky = models.URLField("Bluesky", blank=True)
    youtube = models.URLField("YouTube", blank=True)
    instagram = models.URLField("Instagram", blank=True)
    contact_email = models.EmailField(_("e-mail de contact"), blank=True)
    contact_phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    contact_address = models.TextField(_("adresse postale"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("tagline"), FieldPanel("tagline_en")],
            heading=_("Identité"),
        ),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("default_image")], heading=_("Images")),
        MultiFieldPanel(
            [FieldPanel(name) for name in SOCIAL_NETWORKS], heading=_("Réseaux sociaux")
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("réglages du site")

    @property
    def reader_tagline(self):
        """The tagline in the language being read, when it is written in it."""
        return getattr(self, f"tagline_{reading_language()}", "") or self.tagline

    @property
    def social_links(self):
        """(network name, url) pairs of the accounts that are filled in, in display order."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in SOCIAL_NETWORKS
            if getattr(self, name)
        ]
