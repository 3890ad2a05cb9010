"""Settings shared by every environment. Everything that varies comes from the environment."""

import datetime
from pathlib import Path

import environ

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PACKAGE_DIR.parent
VAR_DIR = Path(environ.Env().str("PORTAIL_VAR_DIR", default=str(BASE_DIR / "var")))

env = environ.Env()

SECRET_KEY = env.str("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portail.users",
    "portail.images",
    "portail.documents",
    "portail.core",
    "portail.taxonomy",
    "portail.news",
    "portail.agenda",
    "portail.resources",
    "portail.network",
    "portail.funds",
    "portail.opportunities",
    "portail.feeds",
    "portail.search",
    "portail.registrations",
    "portail.accounts",
    "portail.newsletter",
    "portail.discussions",
    "portail.interchange",
    "portail.spip",
    "portail.demo",
    "axes",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "portail.users.admin_apps.PortailWagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "portail.core.cache.RequestMemoMiddleware",
    "portail.core.request_guard.RefuseNulCharacterMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portail.core.content_security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portail.core.page_cache.UpdatePageMiddleware",
    # A cached anonymous page is answered here, before sessions, language, CSRF, users,
    # messages, redirects and django-axes have run: it needs none of them.
    "portail.core.page_cache.FetchPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portail.core.routing.CachedSiteMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portail.urls"
WSGI_APPLICATION = "portail.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "portail.core.context_processors.site",
            ],
        },
    }
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'portail.sqlite3'}"),
}
if str(DATABASES["default"]["NAME"]).startswith(str(VAR_DIR)):
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # the embedded database needs nothing else
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Set by portail/server.py for its workers: each of a worker's threads holds a connection
# of its own, whose caches a web request does not need large (imports and commands do).
WEB_WORKER = env.bool("PORTAIL_WEB_WORKER", default=False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the two server workers read while the scheduler or an editor writes.
    page_cache_kb = 256 if WEB_WORKER else 2000
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        f"PRAGMA cache_size=-{page_cache_kb};",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "cached_statements": 16 if WEB_WORKER else 128,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if DATABASES["default"]["NAME"] == ":memory:" else 600
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL prices a random page read at 4 sequential ones, as from a spinning disk. The
    # portal's database is read from memory or SSD, where 1.1 is the usual figure: at the
    # default, search walks 60,000–75,000 index rows for a word in 5 % of the pages instead of
    # reading its 5,000 matches through the text index (docs/PERFORMANCE.md). Empty: the
    # server's own setting, for a connection pooler that refuses startup options.
    page_cost = env.str("PG_RANDOM_PAGE_COST", default="1.1")
    if page_cost:
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
            "options", f"-c random_page_cost={float(page_cost)}"
        )

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://portail")}

# The public API: read-only, JSON only, rate-limited per address.
API_RATE = env.str("API_RATE", default="120/minute")
# How many trusted proxies (nginx: 1) stand before the portal: client addresses are then read
# from X-Forwarded-For, for the API's rate limit and the login lockout (core/client_ip.py).
PROXY_COUNT = env.int("PROXY_COUNT", default=0)
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "NUM_PROXIES": PROXY_COUNT,
    # Always the anonymous visitors' view, even for a logged-in member: members-only pages
    # never leave through the API (Wagtail's restriction checks read request.user).
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
# The API's absolute addresses start with BASE_URL (portail/core/addresses.py).
WAGTAILAPI_BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000")
WAGTAILAPI_LIMIT_MAX = 100
CACHE_MIDDLEWARE_SECONDS = env.int("CACHE_MIDDLEWARE_SECONDS", default=300)
# Anonymous pages from the cache (portail/core/page_cache.py), invalidated on publication.
PAGE_CACHE = env.bool("PAGE_CACHE", default=True)
# Bytes of those pages each worker also keeps as sent, answered before Django (core/hot_pages.py).
HOT_PAGES_BYTES = env.int("HOT_PAGES_BYTES", default=4 * 1024 * 1024)
CONTENT_VERSION_FILE = None  # production settings: a file under var/ unless CACHE_URL is set
THROTTLE_FILE = None  # the same: rate limits counted in the cache, or in this SQLite file
# nginx's purge location (docs/DEPLOY.md), e.g. http://127.0.0.1/purge: the portal purges there
# every address it rendered since the last change (portail/core/front_cache.py).
FRONT_CACHE_PURGE_URL = env.str("FRONT_CACHE_PURGE_URL", default="")
FRONT_CACHE_LOG = env.str("FRONT_CACHE_LOG", default=str(VAR_DIR / "front-cache-addresses"))

AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a login while locked out (django-axes)
    "django.contrib.auth.backends.ModelBackend",
]
# Guessing passwords: after AXES_FAILURE_LIMIT failures for one address from one client, that
# pair waits AXES_COOLOFF_MINUTES (the site's login and the admin's alike). Only failures are
# kept, never a log of successful logins.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "portail.core.client_ip.client_ip"
AXES_USERNAME_FORM_FIELD = "username"  # the field of both login forms (it holds the e-mail)
# Lockouts count an address whatever its case, as logins find it (users.models).
AXES_USERNAME_CALLABLE = "portail.core.client_ip.login_address"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "portail.accounts.views.locked_out"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:space"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
PASSWORD_RESET_TIMEOUT = 7 * 24 * 3600  # also the life of an invitation's link
# A registration sent sooner than this after its form was shown is refused (a script).
REGISTRATION_MIN_SECONDS = env.int("REGISTRATION_MIN_SECONDS", default=3)

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
DEFAULT_CHARSET = "utf-8"

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(VAR_DIR / "static"))
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))

# Documents and the images of private collections are handed out by the portal only, which
# checks who asks (portail/core/private_files.py): their storage is never public.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "portail.core.static_files.CompressedOnceManifestStaticFilesStorage"
    },
}
if env.str("AWS_STORAGE_BUCKET_NAME", default=""):
    # S3-compatible media (MinIO, Scaleway, OVH...): the storages backend reads AWS_* variables.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_QUERYSTRING_AUTH = False
    AWS_DEFAULT_ACL = None
    # Private files: private objects, in a bucket of their own unless told (a public-read policy
    # on the media bucket would expose them), read by the portal only, never by address.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.str("AWS_PRIVATE_BUCKET_NAME", default=AWS_STORAGE_BUCKET_NAME),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 60,
            "custom_domain": None,
        },
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="portail@localhost")

# Wagtail
WAGTAIL_SITE_NAME = "Portail"
WAGTAILADMIN_BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILIMAGES_IMAGE_MODEL = "images.PortailImage"
WAGTAILDOCS_DOCUMENT_MODEL = "documents.PortailDocument"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "portail.images.forms.PortailImageForm"
WAGTAILIMAGES_RENDITION_STORAGE = "portail.images.storage.ImageStorage"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "odt",
    "ods",
    "odp",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "csv",
    "txt",
    "zip",
    "mp3",
    "ogg",
    "m4a",
    "wav",
    "mp4",
    "webm",
]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The database's own full text search, made French-aware (portail/search/backends), unless
# OPENSEARCH_URL names an OpenSearch cluster (docs/DEPLOY.md). The "facets" backend keeps the
# table the search page's facets read: it must stay beside whichever answers queries.
# Search indexes are derived from the content: `portail backup` leaves them out, `portail
# restore` rebuilds them.
BACKUP_DERIVED_MODELS = (
    "wagtailsearch.IndexEntry",
    "wagtailsearch.SQLiteFTSIndexEntry",
    "search.SearchItem",
)

WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "portail.search.backends.database",
        "SEARCH_CONFIG": "portail_french",
        "AUTOCOMPLETE_CONFIG": "portail_simple",
    },
    "facets": {"BACKEND": "portail.search.backends.facets"},
}
if env.str("OPENSEARCH_URL", default=""):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.opensearch3",
        "URLS": [env.str("OPENSEARCH_URL")],
        "INDEX": env.str("OPENSEARCH_INDEX", default="portail"),
        "OPTIONS": {},
        # Merged into Wagtail's own index settings: French for every field it does not give
        # an analyzer of its own (elisions, case and accents folded, stop words, light stemmer).
        "INDEX_SETTINGS": {
            "settings": {
                "index": {"number_of_replicas": env.int("OPENSEARCH_REPLICAS", default=0)},
                "analysis": {
                    "filter": {
                        "french_elision": {
                            "type": "elision",
                            "articles_case": True,
                            "articles": [
                                "l",
                                "m",
                                "t",
                                "qu",
                                "n",
                                "s",
                                "j",
                                "d",
                                "c",
                                "jusqu",
                                "quoiqu",
                                "lorsqu",
                                "puisqu",
                            ],  # fmt: skip
                        },
                        "french_stop": {"type": "stop", "stopwords": "_french_"},
                        "french_stemmer": {"type": "stemmer", "language": "light_french"},
                    },
                    "analyzer": {
                        "default": {
                            "tokenizer": "standard",
                            "filter": [
                                "french_elision",
                                "lowercase",
                                "asciifolding",
                                "french_stop",
                                "french_stemmer",
                            ],  # fmt: skip
                        }
                    },
                },
            }
        },
    }
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Each page save logs several lines at INFO: keep the console for what matters.
    "loggers": {
        name: {"level": env.str("LOG_LEVEL_LIBRARIES", default="WARNING")}
        for name in ("wagtail", "django_tasks", "django.tasks", "modelsearch", "axes")
    },
}

# On one machine without nginx or S3 the portal serves uploaded media itself.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=not env.str("AWS_STORAGE_BUCKET_NAME", default=""))
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no request to a third party from the admin
