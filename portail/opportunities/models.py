import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portail.core.blocks import BodyBlock
from portail.core.models import ATTACHED_DOCUMENTS_TEXT, ContentPage, PageDocument, SectionPage


class Opportunities(SectionPage):
    """/opportunites/: calls for projects and job offers still open, soonest deadline first."""

    subpage_types = ["opportunities.CallForProjectsPage", "opportunities.JobOfferPage"]
    template = "pages/opportunities.html"

    class Meta:
        verbose_name = _("opportunités")


class CallForProjectsPage(ContentPage):
    funder = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("bailleur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="calls_for_projects",
    )
    deadline = models.DateTimeField(
        _("date limite"), db_index=True, help_text=_("Date et heure de Paris.")
    )
    budget = models.DecimalField(
        _("budget (€)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    link = models.URLField(_("lien vers l’appel"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("présentation"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("funder"),
        FieldRowPanel([FieldPanel("deadline"), FieldPanel("budget")]),
        FieldPanel("link"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Documents"), heading=_("Documents à télécharger")),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("themes"), FieldPanel("organisations")],
            heading=_("Pays et thèmes éligibles"),
        ),
        FieldPanel("contacts"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("funder", [index.SearchField("name"), index.SearchField("full_name")]),
        ATTACHED_DOCUMENTS_TEXT,
        index.FilterField("deadline"),
    ]
    parent_page_types = ["opportunities.Opportunities"]
    subpage_types = []
    template = "pages/call_for_projects_page.html"

    class Meta:
        verbose_name = _("appel à projets")
        verbose_name_plural = _("appels à projets")

    def is_open(self, now=None):
        return (now or timezone.now()) < self.deadline


class CallForProjectsDocument(PageDocument):
    page = ParentalKey(CallForProjectsPage, on_delete=models.CASCADE, related_name="documents")


class Contract(models.TextChoices):
    INTERNSHIP = "stage", _("Stage")
    FIXED_TERM = "cdd", _("CDD")
    PERMANENT = "cdi", _("CDI")
    VOLUNTEERING = "volontariat", _("Volontariat")
    WORK_STUDY = "alternance", _("Alternance")


class JobOfferPage(ContentPage):
    employer = models.CharField(_("employeur"), max_length=200)
    contract = models.CharField(_("contrat"), max_length=15, choices=Contract.choices)
    place = models.CharField(_("lieu"), max_length=200)
    start_date = models.DateField(
        _("prise de poste"), null=True, blank=True, help_text=_("Vide : dès que possible.")
    )
    deadline = models.DateField(
        _("date limite de candidature"),
        db_index=True,
        help_text=_("L’offre quitte la liste le lendemain."),
    )
    link = models.URLField(_("lien pour candidater"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("description du poste"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("employer"), FieldPanel("contract")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("start_date"), FieldPanel("deadline")]),
        FieldPanel("link"),
        FieldPanel("body"),
        *ContentPage.tag_panels,
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("employer"),
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("deadline"),
    ]
    parent_page_types = ["opportunities.Opportunities"]
    subpage_types = []
    template = "pages/job_offer_page.html"

    class Meta:
        verbose_name = _("offre d’emploi")
        verbose_name_plural = _("offres d’emploi")

    def is_open(self, today=None):
        return (today or timezone.localdate()) <= self.deadline


def deadline_at_end_of_day(day):
    """A call whose text says "until 15 March" closes at 23:59 Paris time that day."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59)))
