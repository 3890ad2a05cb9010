from django import forms
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import PageViewRestriction

from .models import AccountRequest, RequestStatus
from .services import open_account, refuse

MEMBERS_ONLY = (PageViewRestriction.LOGIN, PageViewRestriction.GROUPS)


@hooks.register("on_serve_page", order=-1)
def members_only_teaser(serve):
    """Before Wagtail's own check (which would redirect to the login page): a visitor who may
    not read a members-only page sees its title, its date and a way to log in."""

    def inner(page, request, serve_args, serve_kwargs):
        for restriction in page.get_view_restrictions():
            if restriction.restriction_type in MEMBERS_ONLY and not restriction.accept_request(
                request
            ):
                # 200, not 403: a visitor is not at fault, and every teaser served would log a
                # warning; the page says noindex and is never cached.
                response = TemplateResponse(request, "pages/members_only.html", {"page": page})
                add_never_cache_headers(response)
                return response
        return serve(page, request, serve_args, serve_kwargs)

    return inner


class InvitationForm(forms.ModelForm):
    class Meta:
        model = AccountRequest
        fields = ["first_name", "last_name", "email", "member", "job_title"]


class DecisionForm(forms.ModelForm):
    class Meta:
        model = AccountRequest
        fields = ["first_name", "last_name", "email", "member", "job_title", "message", "status"]

    def clean_status(self):
        status = self.cleaned_data["status"]
        if self.instance.status != RequestStatus.PENDING and status != self.instance.status:
            raise ValidationError(_("Cette demande est déjà décidée."))
        return status


class RequestIndexView(IndexView):
    add_item_label = _("Inviter une personne")


class InviteView(CreateView):
    """Staff invitation: the account opens at once and the person is mailed."""

    def save_instance(self):
        account_request = self.form.save(commit=False)
        account_request.invited_by = self.request.user
        account_request.consent_at = None
        account_request.save()
        open_account(account_request)
        return account_request


class DecideView(EditView):
    def save_instance(self):
        before = AccountRequest.objects.get(pk=self.object.pk).status
        account_request = self.form.save()
        if before == RequestStatus.PENDING and account_request.status == RequestStatus.APPROVED:
            open_account(account_request)
        elif before == RequestStatus.PENDING and account_request.status == RequestStatus.REFUSED:
            refuse(account_request)
        return account_request


class AccountRequestViewSet(ModelViewSet):
    """Requests from the site to accept or refuse, and invitations made by staff."""

    model = AccountRequest
    menu_label = _("Demandes de compte")
    icon = "user"
    add_to_admin_menu = True
    menu_order = 290
    list_display = ["__str__", "email", "status", "created_at", "decided_at"]
    list_filter = ["status"]
    search_fields = ["first_name", "last_name", "email"]
    index_view_class = RequestIndexView
    add_view_class = InviteView
    edit_view_class = DecideView

    def get_form_class(self, for_update=False):
        return DecisionForm if for_update else InvitationForm


@hooks.register("register_admin_viewset")
def register_account_request_viewset():
    return AccountRequestViewSet("demandes-de-compte")
