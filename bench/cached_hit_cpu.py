"""CPU time of a cached home page, in process: what the request cycle costs around the cache
lookup, for an anonymous visitor, a logged-in member (the same page, their account links put
in) and a visitor carrying a session cookie with no session behind it.

Usage, against a portal with the demo and the page cache on (production settings):
  DJANGO_SETTINGS_MODULE=portail.settings.production SECRET_KEY=x HTTPS=off DATABASE_URL=… \\
      .venv/bin/python bench/cached_hit_cpu.py
Prints, for each, the minimum and median of five rounds of 2,000 requests through Django's
test client, and the ratio of the member's minimum to the anonymous one.
"""

import time

import django


def cpu_per_request(client, cookies=None, rounds=5, requests=2000):
    """`cookies` are sent with every request, whatever the answers said of them."""
    for _ in range(50):
        response = client.get("/", headers={"cookie": cookies} if cookies else {})
    assert response["X-Cache"] == "HIT", "the page cache is off, or the home page not cacheable"
    extra = {"HTTP_COOKIE": cookies} if cookies else {}
    timings = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(requests):
            client.get("/", **extra)
        timings.append((time.process_time() - started) / requests * 1e6)
    timings.sort()
    return timings[0], timings[len(timings) // 2]


def main():
    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    anonymous = Client(SERVER_NAME="localhost")  # a host production settings allow
    anonymous.get("/")
    member = Client(SERVER_NAME="localhost")
    person = get_user_model().objects.filter(is_staff=False, member__isnull=False).first()
    assert person is not None, "no member's account: run `portail demo` first"
    member.force_login(person)
    # The first answer deletes it: this measures a client that sends it all the same.
    stray = f"{settings.SESSION_COOKIE_NAME}=ended{'0' * 27}"
    found = {}
    for name, client, cookies in (
        ("anonymous", anonymous, None),
        ("member", member, None),
        ("stray cookie", Client(SERVER_NAME="localhost"), stray),
    ):
        found[name] = cpu_per_request(client, cookies)
        print(f"cached home, {name}, CPU per request: min {found[name][0]:.0f} µs, "
              f"median {found[name][1]:.0f} µs")  # fmt: skip
    print(f"member ÷ anonymous: {found['member'][0] / found['anonymous'][0]:.2f}")


if __name__ == "__main__":
    main()
