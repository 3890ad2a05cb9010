from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, VAR_DIR, env

if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment (see README).")

DEBUG = False

# The worker processes must agree on the content version (portail/core/cache.py): with the
# default cache, local to each process, it lives in a file under var/; with a shared cache
# (CACHE_URL=redis://...), in the cache.
CONTENT_VERSION_FILE = (
    None if env.str("CACHE_URL", default="") else str(VAR_DIR / "content-version")
)
# Rate limits count in the shared cache, or in a file every worker opens (core/throttle.py).
THROTTLE_FILE = None if env.str("CACHE_URL", default="") else str(VAR_DIR / "throttle.sqlite3")

# Behind a TLS proxy in production; `make run` on loopback sets HTTPS=off.
HTTPS = env.bool("HTTPS", default=True)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's preview panel shows the page in a same-origin iframe, so DENY would break it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
if not HTTPS:
    SILENCED_SYSTEM_CHECKS += ["security.W004", "security.W008", "security.W012", "security.W016"]
