from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portail.core.admin_shortcuts import SHORTCUT_HOOK

from .models import ResourceCentre, ResourcePage


@hooks.register(SHORTCUT_HOOK)
def add_resource_shortcut():
    return _("Ajouter une ressource"), ResourceCentre, ResourcePage
