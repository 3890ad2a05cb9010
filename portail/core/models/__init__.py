from .mixins import ATTACHED_DOCUMENTS_TEXT, BasePage, ContentPage, PageDocument, SectionPage
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings

__all__ = [
    "ATTACHED_DOCUMENTS_TEXT",
    "BasePage",
    "ContentPage",
    "HomePage",
    "PageDocument",
    "SectionPage",
    "SiteSettings",
    "StandardPage",
]
