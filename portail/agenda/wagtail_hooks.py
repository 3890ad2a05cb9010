from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portail.core.admin_shortcuts import SHORTCUT_HOOK

from .models import Agenda, EventPage


@hooks.register(SHORTCUT_HOOK)
def add_event_shortcut():
    return _("Ajouter un événement"), Agenda, EventPage
