from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from portail.core.exports import FrenchExportIndexView

from .digest import compose
from .models import Subscriber


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    menu_label = _("Lettre : abonnés")
    icon = "mail"
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["email", "created_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["confirmed_at", "unsubscribed_at"]
    index_view_class = FrenchExportIndexView
    list_export = ["email", "created_at", "consent_at", "confirmed_at", "unsubscribed_at"]
    export_filename = "abonnes"
    search_fields = ["email"]
    form_fields = ["email"]


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("abonnes")


def preview_view(request):
    """The next letter as subscribers will see it (HTML part); `portail newsletter send`
    sends it."""
    digest = compose()
    return HttpResponse(
        render_to_string("emails/newsletter.html", {**digest, "unsubscribe": "#", "preview": True})
    )


@hooks.register("register_admin_urls")
def register_preview_url():
    return [path("lettre/apercu/", preview_view, name="newsletter_preview")]


@hooks.register("register_admin_menu_item")
def register_preview_menu_item():
    return MenuItem(
        _("Lettre : aperçu"), reverse("newsletter_preview"), icon_name="view", order=311
    )
