from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_shortcuts import ShortcutsPanel
from .models import PendingMail


class PendingMailViewSet(ModelViewSet):
    """Mails the mail server refused, tried again every minute: staff see them and may
    delete one that will never leave (a mistyped address)."""

    model = PendingMail
    menu_label = _("Courriels en attente")
    icon = "mail"
    add_to_settings_menu = True
    form_fields = ["recipients"]
    list_display = ["subject", "recipients", "created_at", "attempts", "last_error"]
    search_fields = ["recipients", "subject"]


@hooks.register("register_admin_viewset")
def register_pending_mail_viewset():
    return PendingMailViewSet("courriels-en-attente")


@hooks.register("construct_homepage_panels")
def add_shortcuts_panel(request, panels):
    panels.insert(0, ShortcutsPanel(request.user))
