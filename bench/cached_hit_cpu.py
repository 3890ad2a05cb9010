"""CPU time of a cached anonymous home page, in process: what the request cycle costs around the
cache lookup (the middleware a hit goes through).

Usage, against a portal with the demo and the page cache on (production settings):
  DJANGO_SETTINGS_MODULE=portail.settings.production SECRET_KEY=x HTTPS=off DATABASE_URL=… \\
      .venv/bin/python bench/cached_hit_cpu.py
Prints the minimum and median of five rounds of 2,000 requests through Django's test client.
"""

import time

import django


def main():
    django.setup()
    from django.test import Client

    client = Client(SERVER_NAME="localhost")  # a host production settings allow
    for _ in range(50):
        response = client.get("/")
    assert response["X-Cache"] == "HIT", "the page cache is off, or the home page not cacheable"
    rounds = []
    for _ in range(5):
        started = time.process_time()
        for _ in range(2000):
            client.get("/")
        rounds.append((time.process_time() - started) / 2000 * 1e6)
    rounds.sort()
    print(f"cached home, CPU per request: min {rounds[0]:.0f} µs, median {rounds[2]:.0f} µs")


if __name__ == "__main__":
    main()
