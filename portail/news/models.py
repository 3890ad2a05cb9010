from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portail.core.blocks import BodyBlock, body_text, excerpt_of
from portail.core.models import ATTACHED_DOCUMENTS_TEXT, ContentPage, PageDocument, SectionPage


class NewsIndex(SectionPage):
    """/actualites/: every news item, newest first, filtered by country, theme, organisation, year."""

    subpage_types = ["news.NewsPage"]
    template = "pages/news_index.html"

    class Meta:
        verbose_name = _("liste des actualités")


class NewsPage(ContentPage):
    surtitle = models.CharField(
        _("surtitre"),
        max_length=255,
        blank=True,
        help_text=_("Court texte au-dessus du titre, ex. « Communiqué »."),
    )
    subtitle = models.CharField(
        _("sous-titre"),
        max_length=255,
        blank=True,
        help_text=_("Le lieu ou le format : « en visioconférence », « au Sénat »..."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)
    fund = models.ForeignKey(
        "funds.SolidarityFundPage",
        verbose_name=_("fonds de solidarité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="updates",
        help_text=_("Une nouvelle de ce fonds : elle paraît sur sa page."),
    )

    content_panels = [
        FieldPanel("surtitle"),
        *Page.content_panels,
        FieldPanel("subtitle"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel(
            "documents", label=_("Documents à télécharger"), heading=_("Documents à télécharger")
        ),
        *ContentPage.tag_panels,
        FieldPanel("fund"),
    ]
    settings_panels = [
        MultiFieldPanel([FieldPanel("publication_date")], heading=_("Date affichée")),
        *Page.settings_panels,
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("surtitle"),
        index.SearchField("subtitle", boost=2),
        index.SearchField("body"),
        ATTACHED_DOCUMENTS_TEXT,
    ]
    parent_page_types = ["news.NewsIndex"]
    subpage_types = []
    template = "pages/news_page.html"

    class Meta:
        verbose_name = _("actualité")
        verbose_name_plural = _("actualités")
        indexes = [models.Index(fields=["publication_date", "page_ptr"], name="news_date_order")]

    @property
    def excerpt(self):
        """The lead, or the body's first words, cut at a word boundary and ended with "(…)"."""
        return excerpt_of(self.lead or body_text(self.body))

    def structured_data(self, request, publisher, image):
        article = {
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "datePublished": (self.publication_date or timezone.localdate()).isoformat(),
            "dateModified": timezone.localtime(
                self.last_published_at or timezone.now()
            ).isoformat(),
            "publisher": publisher,
            "author": publisher,
        }
        if image:
            article["image"] = [image]
        if self.excerpt:
            article["description"] = self.excerpt
        return article


class NewsPageDocument(PageDocument):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="documents")
