from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import personal_data
from .forms import AccountRequestForm, DeleteAccountForm
from .selectors import space_context
from .services import request_account


def request_view(request):
    """Asking for an account: staff check that the person works for a member, then accept."""
    form = AccountRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request_account(request, **form.cleaned_fields())
        return render(request, "accounts/request_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "accounts/request.html", {"form": form})


@login_required
def space_view(request):
    return render(request, "accounts/space.html", space_context(request.user))


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


@require_POST
def logout_view(request):
    logout(request)
    messages.success(request, _("Vous êtes déconnecté·e."))
    return redirect("/")
