"""Every date and date-time field of the admin keeps what the editor typed, shows the format
it expects, and reads both the French and the ISO way of writing a moment."""

import datetime
import zoneinfo

import pytest
from django import forms

from portail.agenda.models import EventPage
from portail.core.admin_widgets import TypedDateInput, TypedDateTimeInput
from portail.news.models import NewsPage

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def form_field(model, name):
    return model.get_edit_handler().get_form_class().base_fields[name]


def test_the_pickers_never_replace_a_typed_value():
    start = form_field(EventPage, "start")
    date = form_field(NewsPage, "publication_date")
    assert isinstance(start.widget, TypedDateTimeInput) and isinstance(date.widget, TypedDateInput)
    assert start.widget.get_config()["validateOnBlur"] is False
    assert date.widget.get_config()["validateOnBlur"] is False
    assert start.widget.attrs["placeholder"] == "jj/mm/aaaa hh:mm"


@pytest.mark.parametrize("typed", ["2027-01-20 14:00", "20/01/2027 14:00"])
def test_both_ways_of_writing_a_moment_are_read(typed):
    moment = form_field(EventPage, "start").clean(typed)
    assert moment == datetime.datetime(2027, 1, 20, 14, 0, tzinfo=PARIS)


def test_an_unreadable_moment_is_refused_with_a_message():
    with pytest.raises(forms.ValidationError):
        form_field(EventPage, "start").clean("20 janvier vers 14 h")
