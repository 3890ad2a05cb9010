from wagtail.users.apps import WagtailUsersAppConfig


class PortailWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, its user forms showing the member authority and the function
    (installed in its place: INSTALLED_APPS)."""

    user_viewset = "portail.users.viewsets.UserViewSet"
