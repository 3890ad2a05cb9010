"""Pages just served from the cache, sent again before Django: the same bytes a visitor without
cookies would get from Django, never after a publication, never for anyone else."""

from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from portail.core.hot_pages import HotPages
from tests import builders

pytestmark = pytest.mark.django_db


class CountingDjango:
    """Django's own WSGI application, counting the requests it is given."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.handler(environ, start_response)


@pytest.fixture
def portal(settings):
    settings.PAGE_CACHE = True
    # As Django's test client does: the test's transaction keeps its connection.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    django = CountingDjango()
    yield HotPages(django, budget=1024 * 1024), django
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def get(application, path, **headers):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "SERVER_NAME": "testserver"}
    environ.update({f"HTTP_{name.upper()}": value for name, value in headers.items()})
    setup_testing_defaults(environ)
    answered = {}

    def start_response(status, response_headers, exc_info=None):
        answered.update(status=status, headers=dict(response_headers))

    body = b"".join(application(environ, start_response))
    return answered["status"], answered["headers"], body


def test_a_page_served_from_the_cache_is_sent_again_without_django(portal):
    hot, django = portal
    builders.news("Jumelage avec Ségou")
    miss, hit, again = (get(hot, "/actualites/") for _ in range(3))
    assert (miss[1]["X-Cache"], hit[1]["X-Cache"]) == ("MISS", "HIT")
    assert django.calls == 2  # the third answer never reached Django
    assert again == hit and "Jumelage avec Ségou" in again[2].decode()
    assert again[1]["Content-Security-Policy"]  # the headers Django's middleware added, kept


def test_a_publication_shows_on_the_next_request(portal):
    hot, django = portal
    builders.news("Première")
    for _ in range(3):
        get(hot, "/actualites/")
    builders.news("Seconde, publiée ensuite")
    assert "Seconde, publiée ensuite" in get(hot, "/actualites/")[2].decode()


def test_cookies_conditions_and_other_methods_go_to_django(portal):
    hot, django = portal
    builders.news("Article")
    for _ in range(3):
        get(hot, "/actualites/")
    calls = django.calls
    get(hot, "/actualites/", cookie="sessionid=abc")
    get(hot, "/actualites/", if_none_match='"x"')
    get(hot, "/actualites/?page=1")  # another address: Django answers, then it is kept
    get(hot, "/en/news/")
    get(hot, "/actualites/", x_forwarded_host="autre.example.org")  # through another proxy
    assert django.calls == calls + 5


def test_what_django_did_not_answer_from_the_cache_is_never_kept(portal):
    hot, django = portal
    builders.news("Article")
    get(hot, "/compte/connexion/")
    get(hot, "/compte/connexion/")
    calls = django.calls
    get(hot, "/compte/connexion/")  # a form with its CSRF cookie: never cached
    get(hot, "/page-qui-n-existe-pas/")
    get(hot, "/page-qui-n-existe-pas/")
    assert django.calls == calls + 3


def test_a_worker_keeps_no_more_bytes_than_its_budget(portal):
    _, django = portal
    hot = HotPages(django, budget=40_000)
    for index in range(4):
        builders.news(f"Article {index}")
    pages = ["/", "/actualites/", "/agenda/", "/ressources/"]
    for path in pages * 3:
        get(hot, path)
    assert 0 < hot.size <= 40_000
    assert sum(len(body) for _, _, body in hot.pages.values()) == hot.size
    assert len(hot.pages) < len(pages)


def test_off_when_nginx_keeps_the_pages(portal, settings):
    hot, django = portal
    settings.FRONT_CACHE_PURGE_URL = "http://127.0.0.1:9/purge"
    builders.news("Article")
    for _ in range(3):
        get(hot, "/actualites/")
    assert django.calls == 3 and not hot.pages
