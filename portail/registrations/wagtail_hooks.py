from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from portail.core.exports import FrenchExportIndexView

from .models import Registration


class RegistrationViewSet(ModelViewSet):
    """Staff see the registrants of each event, filter them and export them (CSV, XLSX)."""

    model = Registration
    menu_label = _("Inscriptions")
    icon = "user"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "email", "authority", "event", "status", "created_at"]
    list_filter = ["event", "status", "attendance"]
    index_view_class = FrenchExportIndexView
    list_export = ["event", "name", "email", "authority", "role", "attendance", "status",
                   "created_at", "cancelled_at"]  # fmt: skip
    export_filename = "inscriptions"
    search_fields = ["name", "email", "authority"]
    form_fields = ["event", "name", "email", "authority", "role", "attendance", "status"]


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("inscriptions")
