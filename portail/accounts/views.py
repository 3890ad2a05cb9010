from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from portail.core.throttle import Limit, client_limited

from . import personal_data
from .forms import AccountRequestForm, DeleteAccountForm
from .selectors import space_context
from .services import request_account

# Each request is mailed to staff; each reset mails its address.
REQUESTS_PER_CLIENT = Limit("account-request-client", 5, 3600)
RESETS_PER_CLIENT = Limit("password-reset-client", 10, 3600)
RESETS_PER_ADDRESS = Limit("password-reset-address", 3, 3600)


def request_view(request):
    """Asking for an account: staff check that the person works for a member, then accept."""
    form = AccountRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if limited := client_limited(request, (REQUESTS_PER_CLIENT, None)):
            return limited
        request_account(request, **form.cleaned_fields())
        return render(request, "accounts/request_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "accounts/request.html", {"form": form})


@never_cache
@login_required
def space_view(request):
    return render(request, "accounts/space.html", space_context(request.user))


@never_cache
@login_required
def export_view(request):
    user = request.user
    response = HttpResponse(
        personal_data.export_json(user.email), content_type="application/json; charset=utf-8"
    )
    name = f"portail-donnees-{slugify(user.email)}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def delete_view(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = request.user.email
        logout(request)
        personal_data.erase(email)
        messages.success(request, _("Votre compte et vos données sont effacés."))
        return redirect("/")
    return render(request, "accounts/delete.html", {"form": form})


def locked_out(request, original_response=None, credentials=None):
    """What django-axes answers once an address has failed too often from one client."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)


class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, with a limit on the mails one connection or one address gets."""

    def form_valid(self, form):
        address = form.cleaned_data["email"].lower()
        limited = client_limited(
            self.request, (RESETS_PER_CLIENT, None), (RESETS_PER_ADDRESS, address)
        )
        return limited or super().form_valid(form)


@never_cache
@require_http_methods(["GET", "POST"])
def logout_view(request):
    """The header's link asks to confirm (a link cannot log out: any page could embed it)."""
    if request.method == "GET":
        if not request.user.is_authenticated:
            return redirect("/")
        return render(request, "accounts/logout.html")
    logout(request)
    messages.success(request, _("Vous êtes déconnecté·e."))
    return redirect("/")
