from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from portail.agenda.models import EventPage
from portail.core.throttle import Limit, client_limited

from .forms import RegistrationForm
from .models import RegistrationStatus
from .selectors import places_left
from .services import (
    AlreadyRegistered,
    cancel,
    register,
    registration_for_token,
    token_for,
    waiting_position,
)

# A script posting the form fills no event: a few registrations an hour from one connection
# (a colleague registering a team), and for one address.
PER_CLIENT = Limit("registration-client", 10, 3600)
PER_ADDRESS = Limit("registration-address", 5, 3600)


def initial_for(user):
    """A member's form comes filled from their account."""
    if not user.is_authenticated:
        return {}
    return {
        "name": user.get_full_name(),
        "email": user.email,
        "authority": str(user.member or ""),
        "role": user.job_title,
    }


def register_view(request, event_id):
    """The registration form, on its own page so that the event's page stays cacheable."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=event_id)
    if not event.accepts_registrations:
        raise Http404
    form = RegistrationForm(request.POST or None, initial=initial_for(request.user))
    if request.method == "POST" and form.is_valid():
        address = form.cleaned_data["email"].lower()
        if limited := client_limited(request, (PER_CLIENT, None), (PER_ADDRESS, address)):
            return limited
        try:
            registration = register(event, request=request, **form.cleaned_fields())
        except AlreadyRegistered:
            form.add_error("email", _("Cette adresse est déjà inscrite à cet événement."))
        else:
            return redirect("registrations:status", token=token_for(registration))
    return render(
        request,
        "pages/registration_form.html",
        {"event": event, "form": form, "places_left": places_left(event)},
    )


@never_cache  # the registrant's name and address: kept by no browser or proxy
def status_view(request, token):
    """What a registrant sees from the link of their mail: their status, and a button to
    cancel (a POST: mail scanners that follow links cancel nothing)."""
    registration = registration_for_token(token)
    if registration is None:
        raise Http404
    if request.method == "POST" and registration.status != RegistrationStatus.CANCELLED:
        cancel(registration, request=request)  # the page's status line then says so
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
