"""Reads of the site shell (settings, menu, section addresses); each a fixed number of queries."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Site

from .cache import cached
from .languages import title_for_reader
from .models import SiteSettings, StandardPage
from .routing import exclude_restricted


def site_settings_for(request):
    """The request's site settings with their logo and default image, cached until they change."""
    site = Site.find_for_request(request)
    if site is None:
        return SiteSettings(site_name="Portail")

    def load():
        settings = (
            SiteSettings.objects.select_related("logo", "default_image").filter(site=site).first()
        )
        return settings or SiteSettings(site=site, site_name=site.site_name or "Portail")

    return cached(f"site-settings:{site.pk}", load)


class MenuItem:
    is_group = False  # asked by the menu's template, as of a MenuGroup

    def __init__(self, page, standard):
        self.pk, self.path, self.depth = page.pk, page.path, page.depth
        self.title = title_for_reader(page)
        self.url = page.get_url()
        self.in_menu = page.show_in_menus
        self.is_standard = standard
        # A page type may say it belongs under a heading of the menu (BasePage.menu_group),
        # translated now: the menu is cached per language, and a lazy string read back from
        # the cache makes Django build a class for it.
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        self.group = str(getattr(model, "menu_group", ""))


class MenuGroup:
    """Entries gathered under one heading, shown where the first of them stands."""

    is_group = True

    def __init__(self, title):
        self.title, self.items = title, []

    def holds(self, page):
        return any(page.path.startswith(item.path) for item in self.items)


def grouped(items):
    entries, groups = [], {}
    for item in items:
        if not item.group:
            entries.append(item)
            continue
        if item.group not in groups:
            groups[item.group] = MenuGroup(item.group)
            entries.append(groups[item.group])
        groups[item.group].items.append(item)
    return entries


def site_menu_for(request):
    """The main navigation (the root's children that are in menus) and the footer's links
    (the root's standard pages), cached until the content changes."""
    site = Site.find_for_request(request)
    if site is None:
        return {"root_url": "/", "main": [], "footer": []}

    def load():
        # Specific pages: their addresses follow the language being read (BasePage).
        root = site.root_page.specific
        standard = ContentType.objects.get_for_model(StandardPage).pk
        children = exclude_restricted(root.get_children().live().specific())
        items = [MenuItem(page, page.content_type_id == standard) for page in children]
        return {
            "root_url": root.get_url() or "/",
            "main": grouped([item for item in items if item.in_menu]),
            "footer": [item for item in items if item.is_standard],
        }

    return cached(f"menu:{site.pk}", load)


def section_url(model):
    """The address of the site's one live, public page of `model` (a section such as the
    member directory or the opportunities listing), "" when there is none; cached until the
    content changes."""

    def compute():
        section = model.objects.visible().first()
        return section.url if section else ""

    return cached(f"section-url:{model._meta.label_lower}", compute)
