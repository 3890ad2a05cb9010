"""One number, the content version, names every cached fragment of the public site.

Anything a visitor could see changing — a page published, unpublished, moved or deleted, a tag,
the site settings, a view restriction — bumps it, so every fragment cached under the old number
is ignored from the next request on. Cheaper and safer than tracking which fragment shows what.
"""

from django.core.cache import cache

VERSION_KEY = "portail:content-version"


def content_version():
    """The current version: one cache read, no database."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump_content_version(**kwargs):
    """Signal receiver: the public site changed."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def cached(name, compute, timeout=600):
    """`compute()`, cached under `name` for the current content version."""
    key = f"portail:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
