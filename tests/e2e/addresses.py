"""Where the demo's page types are: one address of each, and the views besides pages."""

import datetime
import json

from .served import portail

PAGE_TYPES = """
import json
from django.apps import apps
from wagtail.models import Page
from portail.core.models import BasePage
addresses = {}
for model in apps.get_models():
    if issubclass(model, BasePage) and not model._meta.abstract:
        page = model.objects.live().public().order_by("path").first()
        if page is not None:
            addresses[model.__name__] = page.url
from portail.taxonomy.models import Organisation, Theme
addresses["theme"] = f"/themes/{Theme.objects.order_by('slug').first().slug}/"
addresses["organisation"] = f"/organisations/{Organisation.objects.order_by('slug').first().slug}/"
print(json.dumps(addresses))
"""
OTHER_ADDRESSES = {
    "agenda by month": "/agenda/?mois={month}",
    "past events": "/agenda/?periode=passes",
    "country": "/pays/sn/",
    "search": "/recherche/?q=cooperation",
    "login": "/compte/connexion/",
    "account request": "/compte/demande/",
    "newsletter": "/lettre/",
    "english home": "/en/",
}


def page_type_addresses(env):
    """{page type or view: an address of one} of the demo behind `env`."""
    return json.loads(portail(env, "shell", "--no-imports", "-c", PAGE_TYPES).splitlines()[-1])


def every_address(portal):
    found = dict(portal[1])
    month = datetime.date.today().strftime("%Y-%m")
    for name, address in OTHER_ADDRESSES.items():
        found.setdefault(name, address.format(month=month))
    found.pop("HomePage", None)
    return {"home": "/", **found}
