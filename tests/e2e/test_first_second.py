"""`portail serve` on PostgreSQL answers 32 concurrent clients, anonymous and logged in, from its
very first second: nothing the server's master process opened (a database connection above all)
may be shared by the workers it forks. Members read the public pages cached for everyone with
their own account links, and no anonymous visitor is ever shown those."""

import html
import http.cookiejar
import json
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

from .served import (
    free_port,
    portail,
    postgres_database,
    production_env,
    served,
    wait_until_listening,
)

CLIENTS = 32
ROUNDS = 8
PASSWORD = "Coop-Decentralisee-2027"

# The password hashed once (0.6 s a hash on a slow machine): the clients share it.
SETUP = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from portail.news.models import NewsPage
User = get_user_model()
hashed = make_password("{password}")
for number in range({clients}):
    user = User.objects.create_user(
        email=f"client{{number:02d}}@example.org", password=None,
        first_name=f"Client{{number:02d}}", last_name="Testeur",
    )
    user.password = hashed
    user.save(update_fields=["password"])
pages = NewsPage.objects.live().public().order_by("-publication_date")[:16]
print(json.dumps([[page.url, page.title] for page in pages]))
"""


class Client:
    """One visitor with a cookie jar of its own, who counts what went wrong."""

    def __init__(self, base, problems):
        self.base = base
        self.problems = problems
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.requests = 0

    def fetch(self, path, data=None):
        self.requests += 1
        body = urllib.parse.urlencode(data).encode() if data else None
        request = urllib.request.Request(self.base + path, data=body)
        if data:
            request.add_header("Referer", self.base + path)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.geturl(), error.read().decode(errors="replace")
        except OSError as error:
            return None, path, repr(error)

    def expect(self, path, wanted, data=None):
        status, final_url, text = self.fetch(path, data)
        if status != 200 or wanted not in text:
            detail = text[:300] if status is None else f"without {wanted!r}"
            self.problems.append(f"{path} → {status} at {final_url}: {detail}")
        return text

    def csrf_token(self):
        return next((cookie.value for cookie in self.jar if cookie.name == "csrftoken"), "")


def account_links(url):
    """(a member's account link, everyone's) in the page's language."""
    return (
        ("My space", "Members' area")
        if url.startswith("/en/")
        else ("Mon espace", "Espace adhérents")
    )


def anonymous_reader(client, url, title, start):
    start.wait()
    for _ in range(ROUNDS):
        text = client.expect(url, f"<h1>{html.escape(title, quote=False)}")
        if account_links(url)[0] in text:
            client.problems.append(f"{url} → anonymous, shown a member's account links")


def member(client, number, start, url, title):
    start.wait()
    email = f"client{number:02d}@example.org"
    client.expect("/compte/connexion/", "csrfmiddlewaretoken")
    client.expect(
        "/compte/connexion/?next=/compte/",
        f"Client{number:02d} Testeur",
        {"csrfmiddlewaretoken": client.csrf_token(), "username": email, "password": PASSWORD},
    )
    for round in range(ROUNDS - 2):
        if round % 2:  # a public page, as cached for everyone, with the member's own links
            text = client.expect(url, f"<h1>{html.escape(title, quote=False)}")
            own, everyone = account_links(url)
            if own not in text or html.escape(everyone) in text:
                client.problems.append(f"{url} → a member, shown everyone's account link")
            continue
        text = client.expect("/compte/", f"Client{number:02d} Testeur")
        others = set(re.findall(r"Client(\d\d) Testeur", text)) - {f"{number:02d}"}
        if others:
            client.problems.append(f"client {number} saw the pages of clients {others}")


PUBLISH = """
from portail.core.services import page_publish
from portail.news.models import NewsIndex, NewsPage
index = NewsIndex.objects.get(locale__language_code="fr")
page_publish(index, NewsPage(title="Publiée pendant le service", slug="pendant-le-service"))
"""


def publication_shows_on_every_worker(env, base):
    """The listing, kept by both workers (core/hot_pages.py), then an article published by
    another process: each of the next requests, whichever worker answers, shows it."""
    for _ in range(8):
        urllib.request.urlopen(base + "/actualites/", timeout=30).read()
    portail(env, "shell", "-v0", "-c", PUBLISH)
    return [
        "Publiée pendant le service"
        in urllib.request.urlopen(base + "/actualites/").read().decode()
        for _ in range(8)
    ]


def test_thirty_two_clients_from_the_first_second_on_postgresql(demo, demo_archive, tmp_path):
    with postgres_database() as database_url:
        env = production_env(tmp_path, database_url, CONN_MAX_AGE="60")
        # The static files as the session collected them: the server's start compresses none.
        shutil.copytree(demo / "var" / "static", tmp_path / "static")
        portail(env, "restore", str(demo_archive[1]))  # the demo, moved up to PostgreSQL
        articles = json.loads(
            portail(env, "shell", "-v0", "-c", SETUP.format(clients=CLIENTS, password=PASSWORD))
        )
        assert len(articles) >= 8

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        problems = []
        start = threading.Event()
        clients = [Client(base, problems) for _ in range(CLIENTS)]
        threads = [
            threading.Thread(
                target=anonymous_reader, args=(clients[n], *articles[n % len(articles)], start)
            )
            for n in range(16)
        ] + [
            threading.Thread(
                target=member, args=(clients[n], n, start, *articles[n % len(articles)])
            )
            for n in range(16, 32)
        ]
        for thread in threads:
            thread.start()
        with served(env, port, "--workers", "2") as server:
            wait_until_listening(server, port)
            start.set()  # every client at once, as soon as the port accepts connections
            for thread in threads:
                thread.join(timeout=240)
            assert not any(thread.is_alive() for thread in threads), "a client hung"
            shown_after_publication = publication_shows_on_every_worker(env, base)
        log = server.log_path.read_text(errors="replace")

        requests = sum(client.requests for client in clients)
        summary = Counter(problem.split(" → ")[1].split(" ")[0] for problem in problems)
        print(f"{requests} requests from {CLIENTS} clients, {len(problems)} wrong: {summary}")
        assert requests == CLIENTS * ROUNDS
        errors = [line for line in log.splitlines() if "Error" in line or "ERROR" in line]
        assert problems == [], "\n".join(problems[:20] + errors[:20])
        assert shown_after_publication == [True] * 8
