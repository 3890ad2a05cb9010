from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import PortailUserCreationForm, PortailUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return PortailUserEditForm if for_update else PortailUserCreationForm
