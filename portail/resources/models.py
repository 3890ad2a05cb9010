from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portail.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from portail.core.models import ATTACHED_DOCUMENTS_TEXT, ContentPage, PageDocument, SectionPage
from portail.taxonomy.selectors import page_tags


class Media(models.TextChoices):
    TEXT = "text", _("Texte")
    PHOTO = "photo", _("Photo")
    SOUND = "sound", _("Son")
    VIDEO = "video", _("Vidéo")


class ResourceCentre(SectionPage):
    """/ressources/: the four media types with their counts and latest items."""

    subpage_types = ["resources.ResourcePage"]
    template = "pages/resource_centre.html"

    class Meta:
        verbose_name = _("centre de ressources")


class ResourcePage(ContentPage):
    media = models.CharField(
        _("type de média"), max_length=10, choices=Media.choices, default=Media.TEXT, db_index=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("présentation"), blank=True)
    audio = models.ForeignKey(
        "documents.PortailDocument",
        verbose_name=_("fichier audio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("MP3, OGG ou M4A."),
    )
    video_file = models.ForeignKey(
        "documents.PortailDocument",
        verbose_name=_("fichier vidéo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("MP4 ou WebM."),
    )
    video_url = models.URLField(
        _("adresse de la vidéo"), blank=True, help_text=_("YouTube, Vimeo, Dailymotion...")
    )
    transcript = RichTextField(_("transcription"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("media"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Document"), heading=_("Texte : documents")),
        InlinePanel("gallery", label=_("Photo"), heading=_("Photo : galerie")),
        MultiFieldPanel([FieldPanel("audio"), FieldPanel("transcript")], heading=_("Son")),
        MultiFieldPanel([FieldPanel("video_file"), FieldPanel("video_url")], heading=_("Vidéo")),
        *ContentPage.tag_panels,
    ]
    settings_panels = [FieldPanel("publication_date"), *Page.settings_panels]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        index.SearchField("transcript"),
        ATTACHED_DOCUMENTS_TEXT,
        index.FilterField("media"),
    ]
    parent_page_types = ["resources.ResourceCentre"]
    subpage_types = []
    template = "pages/resource_page.html"

    class Meta:
        verbose_name = _("ressource")
        verbose_name_plural = _("ressources")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = list(self.documents.select_related("document"))
        context["photos"] = list(self.gallery.select_related("image"))
        context["page_tags"] = page_tags(self)
        return context


class ResourcePageDocument(PageDocument):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")


class GalleryPhoto(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="gallery")
    image = models.ForeignKey(
        "images.PortailImage", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(
        _("légende"), max_length=255, blank=True, help_text=_("Sinon, la légende de l’image.")
    )

    panels = [FieldPanel("image"), FieldPanel("caption")]

    @property
    def text(self):
        return self.caption or self.image.caption
