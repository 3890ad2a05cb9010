"""The dashboard's shortcuts: "Ajouter une actualité", "Ajouter un événement"… Each domain app
offers its own with the `portail_dashboard_shortcut` hook, returning (label, section page
type, page type); an editor sees those where the section exists and they may add pages."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

SHORTCUT_HOOK = "portail_dashboard_shortcut"


class ShortcutsPanel(Component):
    name = "shortcuts"
    order = 50  # before Wagtail's own panels (pages awaiting moderation, recent edits)
    template_name = "admin/dashboard_shortcuts.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"shortcuts": list(self.shortcuts())}

    def shortcuts(self):
        for hook in hooks.get_hooks(SHORTCUT_HOOK):
            label, section_model, page_model = hook()
            section = section_model.objects.filter(locale__language_code="fr").first()
            if section and section.permissions_for_user(self.user).can_add_subpage():
                meta = page_model._meta
                address = reverse(
                    "wagtailadmin_pages:add", args=(meta.app_label, meta.model_name, section.pk)
                )
                yield {"label": label, "url": address}
