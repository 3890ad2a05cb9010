from .mixins import (
    ATTACHED_DOCUMENTS_TEXT,
    NETWORK_MENU,
    BasePage,
    ContentPage,
    PageDocument,
    SectionPage,
)
from .pages import HomePage, StandardPage
from .pending_mail import PendingMail
from .site_settings import SiteSettings

__all__ = [
    "ATTACHED_DOCUMENTS_TEXT",
    "NETWORK_MENU",
    "BasePage",
    "ContentPage",
    "HomePage",
    "PageDocument",
    "PendingMail",
    "SectionPage",
    "SiteSettings",
    "StandardPage",
]
