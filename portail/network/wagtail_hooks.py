from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Member, Partnership


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "home"
    list_display = ["name", "kind", "region", "siren"]
    list_filter = ["kind", "region"]
    search_fields = ["name", "siren"]
    ordering = ["sort_name"]


class PartnershipViewSet(SnippetViewSet):
    model = Partnership
    icon = "link"
    list_display = ["member", "foreign_authority", "country", "since", "status"]
    list_filter = ["status", "country"]
    search_fields = ["foreign_authority", "member__name"]


class NetworkGroup(SnippetViewSetGroup):
    items = (MemberViewSet, PartnershipViewSet)
    menu_icon = "group"
    menu_label = _("Réseau")
    menu_name = "network"


register_snippet(NetworkGroup)
