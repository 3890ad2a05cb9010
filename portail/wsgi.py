import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

from portail.core.hot_pages import HotPages

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portail.settings.production")

django_application = get_wsgi_application()
# Pages just served from the cache, sent again before Django (core/hot_pages.py).
application = HotPages(django_application, settings.HOT_PAGES_BYTES)
