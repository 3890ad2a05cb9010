"""The front cache (nginx) purged by the portal: exact addresses, since nginx's purge module
(Debian's ngx_cache_purge 2.3) takes no wildcard.

Every anonymous page the portal renders may be kept by nginx: its host and address are
appended to a log under var/ (one short line, any worker). When the content version moves
(core/cache.py), once the transaction commits, every address of the log is purged and the log
starts again — so nginx can keep pages for minutes and still show a publication on the next
request. Off unless FRONT_CACHE_PURGE_URL is set (docs/DEPLOY.md)."""

import http.client
import logging
import os
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.conf import settings

logger = logging.getLogger(__name__)


def enabled():
    return bool(settings.FRONT_CACHE_PURGE_URL)


def remember(request):
    """Note an address nginx may now hold."""
    host = (
        request.get_host().rsplit(":", 1)[0]
        if "]" not in request.get_host()
        else request.get_host()
    )
    with open(settings.FRONT_CACHE_LOG, "a", encoding="utf-8") as log:
        log.write(f"{host} {quote(request.get_full_path(), safe='/?&=%')}\n")


def purge_all():
    """Purge every address rendered since the last purge."""
    log = Path(settings.FRONT_CACHE_LOG)
    taken = log.with_name(f"{log.name}.{os.getpid()}.{time.time_ns()}")
    try:
        log.replace(taken)  # atomic: later renders start a new log
    except FileNotFoundError:
        return 0
    entries = sorted(set(taken.read_text(encoding="utf-8").splitlines()))
    taken.unlink()
    target = urlsplit(settings.FRONT_CACHE_PURGE_URL)
    connection = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=5)
    purged = 0
    try:
        for entry in entries:
            host, path = entry.split(" ", 1)
            connection.request("GET", f"{target.path.rstrip('/')}{path}", headers={"Host": host})
            connection.getresponse().read()  # 200 purged, 404 no longer cached: both fine
            purged += 1
    except OSError:
        logger.warning("Front cache purge failed after %d of %d addresses", purged, len(entries))
    finally:
        connection.close()
    return purged
