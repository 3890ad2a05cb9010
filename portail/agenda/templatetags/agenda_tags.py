from django import template
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from portail.core.selectors import section_url
from portail.core.templatetags.portail_tags import french_date, hour
from portail.taxonomy.selectors import tagged, with_tags

from ..models import Agenda
from ..selectors import upcoming_events

register = template.Library()


@register.inclusion_tag("components/sidebar_agenda.html", takes_context=True)
def upcoming_events_sidebar(context, count=3):
    return {"events": upcoming_events(count=count), "request": context.get("request")}


@register.simple_tag
def agenda_url():
    return section_url(Agenda)


@register.simple_tag
def events_for_home(count=4):
    return with_tags(list(upcoming_events()[:count]))


@register.simple_tag
def event_leaf(start):
    """The calendar leaf of the agenda: "22" over "jan"."""
    start = timezone.localtime(start)
    month = formats.date_format(start, "b").rstrip(".")
    return format_html(
        '<p class="leaf" aria-hidden="true"><span class="leaf__day">{}</span> <span class="leaf__month">{}</span></p>',
        start.day,
        month,
    )


@register.simple_tag
def event_when(event):
    """Le jeudi 22 janvier 2026, de 10 h 00 à 12 h 30 · Du 24 au 26 septembre 2024."""
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end or event.start)
    if start.date() != end.date():
        return date_range(start.date(), end.date())
    text = _("Le %(date)s") % {"date": french_date(start, with_weekday=True)}
    if event.all_day:
        return text
    if end > start:
        return _("%(date)s, de %(start)s à %(end)s") % {
            "date": text,
            "start": hour(start),
            "end": hour(end),
        }
    return _("%(date)s à %(start)s") % {"date": text, "start": hour(start)}


def date_range(first, last):
    """Du 24 au 26 septembre 2024 · Du 30 septembre au 2 octobre 2024 · Du 30 décembre 2024 au 2 janvier 2025."""
    end = french_date(last)
    if first.year != last.year:
        start = french_date(first)
    elif first.month != last.month:
        start = french_date(first).rsplit(" ", 1)[0]
    else:
        start = french_date(first).split(" ", 1)[0]
    return _("Du %(start)s au %(end)s") % {"start": start, "end": end}


@register.simple_tag
def event_where(event):
    parts = [event.location] if event.location else []
    if event.online:
        parts.append(_("en visioconférence"))
    return ", ".join(parts)


@register.simple_tag
def events_tagged(relation, tag, count=10):
    """For a tag page: the latest ones tagged with `tag`, one query, no images."""
    return tagged(upcoming_events(), relation, tag, count)
