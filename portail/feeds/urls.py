from django.urls import path

from . import views
from .news import AtomNewsFeed, NewsFeed

app_name = "feeds"

urlpatterns = [
    path("actualites.rss", NewsFeed(), name="news_rss"),
    path("actualites.atom", AtomNewsFeed(), name="news_atom"),
    path("agenda.ics", views.agenda_calendar, name="agenda_ics"),
    path("evenements/<slug:slug>.ics", views.event_calendar, name="event_ics"),
]
for kind in ("pays", "themes", "organisations"):
    urlpatterns += [
        path(f"{kind}/<str:key>.rss", NewsFeed(), {"kind": kind}, name=f"{kind}_rss"),
        path(f"{kind}/<str:key>.atom", AtomNewsFeed(), {"kind": kind}, name=f"{kind}_atom"),
        path(f"{kind}/<str:key>.ics", views.agenda_calendar, {"kind": kind}, name=f"{kind}_ics"),
    ]
