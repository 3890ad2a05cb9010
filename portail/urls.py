from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portail.core.private_files import serve_public_media
from portail.feeds.api import api_router, openapi_document
from portail.feeds.sitemaps import robots_txt, sitemap_index, sitemap_section
from portail.images.views import serve_private_image

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("images-privees/<path:name>", serve_private_image, name="private_image"),
    path("api/v2/openapi.json", openapi_document, name="openapi"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", sitemap_section, name="sitemap-section"),
    path("robots.txt", robots_txt),
]

if settings.SERVE_MEDIA:
    # One machine without a front server: Django serves uploaded media itself.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(
            rf"^{media_prefix}(?P<path>.*)$",
            serve_public_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("flux/", include("portail.feeds.urls")),
    path("recherche/", include("portail.search.urls")),
    path("inscriptions/", include("portail.registrations.urls")),
    path("compte/", include("portail.accounts.urls")),
    path("lettre/", include("portail.newsletter.urls")),
    path("discussions/", include("portail.discussions.urls")),
    path("", include("portail.taxonomy.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
