from .mixins import ContentPage, PageDocument
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings

__all__ = ["ContentPage", "HomePage", "PageDocument", "SiteSettings", "StandardPage"]
