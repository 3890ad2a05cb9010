from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Country, Organisation, StaffContact, Theme


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "full_name"]


class StaffContactViewSet(SnippetViewSet):
    model = StaffContact
    icon = "user"
    list_display = ["name", "role", "email"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (CountryViewSet, ThemeViewSet, OrganisationViewSet, StaffContactViewSet)
    menu_icon = "tag"
    menu_label = _("Classement")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)
