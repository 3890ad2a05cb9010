import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portail.core.addresses import absolute_url
from portail.core.blocks import BodyBlock
from portail.core.models import ATTACHED_DOCUMENTS_TEXT, ContentPage, PageDocument, SectionPage
from portail.core.page_context import page_context
from portail.taxonomy.selectors import page_tags


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("prévu")
    POSTPONED = "postponed", _("reporté")
    CANCELLED = "cancelled", _("annulé")


class EventKind(models.TextChoices):
    MEETING = "meeting", _("Réunion")
    COUNTRY_GROUP = "country_group", _("Réunion de groupe-pays")
    WEBINAR = "webinar", _("Webinaire")
    CONFERENCE = "conference", _("Rencontres et colloques")
    TRAINING = "training", _("Formation")
    OTHER = "other", _("Autre")


class EventSeries(models.Model):
    """A recurring cycle, such as a season of monthly sessions, with its own page."""

    title = models.CharField(_("titre"), max_length=255)
    slug = models.SlugField(_("identifiant"), max_length=255, unique=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["title"]
        verbose_name = _("cycle d’événements")
        verbose_name_plural = _("cycles d’événements")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.title)[:255]
        super().save(*args, **kwargs)


class Agenda(RoutablePageMixin, SectionPage):
    """/agenda/: upcoming events, past events, a month view, and the pages of event series."""

    subpage_types = ["agenda.EventPage"]
    template = "pages/agenda.html"

    class Meta:
        verbose_name = _("agenda")

    @path("")
    def listing(self, request):
        return self.render(request, context_overrides=page_context(self, request, "listing"))

    @path("cycles/<slug:slug>/")
    def series(self, request, slug):
        context = page_context(self, request, "series", slug=slug)
        return self.render(request, context_overrides=context, template="pages/event_series.html")


SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


class EventPage(ContentPage):
    kind = models.CharField(
        _("type"), max_length=20, choices=EventKind.choices, default=EventKind.MEETING
    )
    start = models.DateTimeField(_("début"), db_index=True)
    end = models.DateTimeField(
        _("fin"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Laisser vide pour un événement sans heure de fin."),
    )
    all_day = models.BooleanField(
        _("toute la journée"),
        default=False,
        help_text=_("Les heures sont alors ignorées : du premier au dernier jour inclus."),
    )
    location = models.CharField(_("lieu"), max_length=255, blank=True)
    online = models.BooleanField(_("en ligne"), default=False)
    online_url = models.URLField(_("lien de connexion"), blank=True)
    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisateur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_url = models.URLField(_("lien d’inscription"), blank=True)
    registration_enabled = models.BooleanField(
        _("inscriptions sur le portail"),
        default=False,
        help_text=_("Un formulaire d’inscription sur la page, avec liste d’attente."),
    )
    capacity = models.PositiveIntegerField(
        _("nombre de places"),
        null=True,
        blank=True,
        help_text=_("Vide : sans limite. Au-delà, les inscrits vont en liste d’attente."),
    )
    save_the_date = models.BooleanField(_("« Save the date »"), default=False)
    status = models.CharField(
        _("statut"), max_length=10, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    series = models.ForeignKey(
        EventSeries,
        verbose_name=_("cycle"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    body = StreamField(BodyBlock(), verbose_name=_("annonce"), blank=True)
    report = StreamField(
        BodyBlock(),
        verbose_name=_("compte rendu"),
        blank=True,
        help_text=_("Affiché à la place de l’annonce une fois l’événement passé."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("save_the_date")]),
            ],
            heading=_("Quand"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("location"),
                FieldRowPanel([FieldPanel("online"), FieldPanel("online_url")]),
            ],
            heading=_("Où"),
        ),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("series")]),
        FieldPanel("organiser"),
        FieldPanel("registration_url"),
        FieldRowPanel([FieldPanel("registration_enabled"), FieldPanel("capacity")]),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("report"),
        InlinePanel("documents", label=_("Documents"), heading=_("Documents à télécharger")),
        *ContentPage.tag_panels,
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("location"),
        index.SearchField("body"),
        index.SearchField("report"),
        ATTACHED_DOCUMENTS_TEXT,
        index.FilterField("start"),
    ]
    parent_page_types = ["agenda.Agenda"]
    subpage_types = []
    template = "pages/event_page.html"

    class Meta:
        verbose_name = _("événement")
        verbose_name_plural = _("événements")

    def clean(self):
        super().clean()
        if self.end and self.start and self.end < self.start:
            raise ValidationError({"end": _("La fin doit suivre le début.")})
        if self.online_url and not self.online:
            self.online = True

    def normalise_dates(self):
        """All-day events span whole Paris days; an event without an end ends when it starts,
        so that one indexed column decides whether it is upcoming or past."""
        if self.all_day and self.start:
            self.start = _local_midnight(timezone.localtime(self.start).date())
            last_day = (
                timezone.localtime(self.end).date()
                if self.end
                else timezone.localtime(self.start).date()
            )
            self.end = _local_midnight(last_day + datetime.timedelta(days=1)) - datetime.timedelta(
                seconds=1
            )
        elif self.start and self.end is None:
            self.end = self.start

    def calendar_span(self):
        """(start, end) as calendars want them: whole days with an exclusive end date for an
        all-day event, else Paris times (an end never before the start)."""
        start, end = timezone.localtime(self.start), timezone.localtime(self.end or self.start)
        if self.all_day:
            return start.date(), end.date() + datetime.timedelta(days=1)
        return start, max(end, start)

    def save(self, *args, **kwargs):
        self.normalise_dates()
        super().save(*args, **kwargs)

    @property
    def accepts_registrations(self):
        return self.registration_enabled and not self.is_past and not self.is_cancelled

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_postponed(self):
        return self.status == EventStatus.POSTPONED

    def structured_data(self, request, publisher, image):
        url = self.get_full_url(request)
        places = []
        if self.location:
            places.append({"@type": "Place", "name": self.location, "address": self.location})
        if self.online:
            places.append({"@type": "VirtualLocation", "url": self.online_url or url})
        if self.online and self.location:
            mode = "https://schema.org/MixedEventAttendanceMode"
        elif self.online:
            mode = "https://schema.org/OnlineEventAttendanceMode"
        else:
            mode = "https://schema.org/OfflineEventAttendanceMode"
        start, end = timezone.localtime(self.start), timezone.localtime(self.end or self.start)
        event = {
            "@type": "Event",
            "name": self.title,
            "url": url,
            "startDate": start.date().isoformat() if self.all_day else start.isoformat(),
            "endDate": end.date().isoformat() if self.all_day else end.isoformat(),
            "eventStatus": SCHEMA_STATUS.get(self.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
            "eventAttendanceMode": mode,
        }
        if places:
            event["location"] = places[0] if len(places) == 1 else places
        if self.organiser_id:
            organiser = self.organiser
            event["organizer"] = {
                "@type": "Organization",
                "name": organiser.full_name or organiser.name,
                "url": organiser.website or absolute_url(organiser.get_absolute_url()),
            }
        if image:
            event["image"] = [image]
        if self.lead:
            event["description"] = self.lead
        return event

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = list(self.documents.select_related("document"))
        context["page_tags"] = page_tags(self)
        return context


def _local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class EventPageDocument(PageDocument):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="documents")
