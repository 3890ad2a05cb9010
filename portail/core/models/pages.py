from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from ..languages import default_locale_id
from ..routing import route_by_url_path
from .mixins import BasePage


class HomePage(BasePage):
    """The site's root page: latest news, next events, open calls, resource centre, each
    composed by its own app's template tags (templates/pages/home_page.html)."""

    pinned_news = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("actualité à la une"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Épinglée en tête de la page d’accueil ; sinon la plus récente."),
    )
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("pinned_news")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("page d’accueil")

    def structured_data(self, request, publisher, image):
        return publisher

    def route(self, request, path_components):
        try:
            if not path_components:
                return super().route(request, path_components)
            return route_by_url_path(self, request, path_components)
        except Http404:
            # The English home has only the translated pages: the others are read in French.
            french = self.get_translation_or_none(default_locale_id())
            if french is None or french.pk == self.pk:
                raise
            return french.specific.route(request, path_components)


class StandardPage(BasePage):
    """About, legal notice, accessibility statement, contact."""

    lead = models.TextField(_("chapô"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("page simple")
