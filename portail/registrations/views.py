from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from portail.agenda.models import EventPage

from .forms import RegistrationForm
from .models import RegistrationStatus
from .services import (
    AlreadyRegistered,
    cancel,
    register,
    registration_for_token,
    token_for,
    waiting_position,
)


def register_view(request, event_id):
    """The registration form, on its own page so that the event's page stays cacheable."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=event_id)
    if not event.accepts_registrations:
        raise Http404
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            registration = register(event, request=request, **form.cleaned_fields())
        except AlreadyRegistered:
            form.add_error("email", _("Cette adresse est déjà inscrite à cet événement."))
        else:
            return redirect("registrations:status", token=token_for(registration))
    return render(request, "pages/registration_form.html", {"event": event, "form": form})


def status_view(request, token):
    """What a registrant sees from the link of their mail: their status, and a button to
    cancel (a POST: mail scanners that follow links cancel nothing)."""
    registration = registration_for_token(token)
    if registration is None:
        raise Http404
    if request.method == "POST" and registration.status != RegistrationStatus.CANCELLED:
        cancel(registration, request=request)
        messages.success(request, _("Votre inscription est annulée."))
        return redirect("registrations:status", token=token)
    return render(
        request,
        "pages/registration_status.html",
        {
            "registration": registration,
            "event": registration.event,
            "position": waiting_position(registration),
        },
    )
