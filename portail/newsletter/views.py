from django.http import Http404
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

from portail.core.throttle import Limit, client_limited

from .forms import SubscribeForm
from .services import (
    CONFIRM_MAX_AGE,
    CONFIRM_SALT,
    UNSUBSCRIBE_SALT,
    confirm,
    subscribe,
    subscriber_for,
    unsubscribe,
)

# Confirmation mails to arbitrary addresses: a few an hour from one connection (the address
# itself is mailed at most once per 10 minutes, services.subscribe).
PER_CLIENT = Limit("newsletter-client", 10, 3600)


def subscribe_view(request):
    initial = {"email": request.user.email} if request.user.is_authenticated else {}
    form = SubscribeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        if limited := client_limited(request, (PER_CLIENT, None)):
            return limited
        subscribe(form.cleaned_data["email"])
        return render(request, "newsletter/check_mail.html", {"email": form.cleaned_data["email"]})
    return render(request, "newsletter/subscribe.html", {"form": form})


def confirm_view(request, token):
    """The link of the confirmation mail shows a button: only its POST confirms, so that a
    mail scanner following links subscribes nobody."""
    subscriber = subscriber_for(token, CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    if subscriber is None:
        raise Http404
    if request.method == "POST":
        confirm(subscriber)
    return render(request, "newsletter/confirm.html", {"subscriber": subscriber})


@csrf_exempt  # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" with no CSRF token
def unsubscribe_view(request, token):
    subscriber = subscriber_for(token, UNSUBSCRIBE_SALT)
    if subscriber is None:
        raise Http404
    if request.method == "POST":
        unsubscribe(subscriber)
    return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})
