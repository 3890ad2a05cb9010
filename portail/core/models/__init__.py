from .mixins import BasePage, ContentPage, PageDocument, SectionPage
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings

__all__ = [
    "BasePage",
    "ContentPage",
    "HomePage",
    "PageDocument",
    "SectionPage",
    "SiteSettings",
    "StandardPage",
]
