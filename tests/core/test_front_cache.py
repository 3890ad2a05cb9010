"""The front cache purged by the portal: every address it rendered for anonymous visitors is
purged, with the visitors' host, once a change commits. The purge endpoint is a real HTTP
server started by the test, standing for nginx's purge location."""

import http.server
import threading

import pytest

from tests import builders

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def purge_server():
    received = []

    class Purge(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Purge)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, received
    server.shutdown()


@pytest.fixture
def front_cache(settings, tmp_path, purge_server):
    server, received = purge_server
    settings.PAGE_CACHE = True
    settings.FRONT_CACHE_PURGE_URL = f"http://127.0.0.1:{server.server_port}/purge"
    settings.FRONT_CACHE_LOG = str(tmp_path / "addresses")
    return received


def test_a_publication_purges_every_address_rendered_since_the_last_one(client, front_cache):
    article = builders.news("Première")
    front_cache.clear()
    for address in ("/", "/actualites/", "/actualites/?page=1", article.url):
        response = client.get(address, HTTP_HOST="portail.example.org")
        assert response["X-Accel-Expires"] == "300"  # nginx may keep it...
    client.get("/", HTTP_HOST="portail.example.org")  # a hit: still one address
    builders.news("Seconde")  # ...until this publication commits
    assert sorted(front_cache) == sorted(
        ("portail.example.org", f"/purge{address}")
        for address in ("/", "/actualites/", "/actualites/?page=1", article.url)
    )
    front_cache.clear()
    builders.news("Troisième")
    assert front_cache == []  # nothing rendered since: nothing to purge


def test_editors_pages_are_neither_kept_nor_purged(client, front_cache, django_user_model):
    builders.news("Article")
    front_cache.clear()
    client.force_login(django_user_model.objects.create_superuser("r@example.org", "x"))
    response = client.get("/actualites/")
    assert "X-Accel-Expires" not in response
    builders.news("Autre")
    assert front_cache == []
