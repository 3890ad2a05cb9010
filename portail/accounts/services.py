"""Opening members' accounts: from a request that staff accept, or from a staff invitation."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from portail.core.addresses import absolute_url
from portail.core.mail import send_templated
from portail.core.selectors import site_settings_for

from .models import MEMBERS_GROUP, AccountRequest, RequestStatus


def members_group():
    return Group.objects.get_or_create(name=MEMBERS_GROUP)[0]


def password_link(user):
    """The link that lets `user` choose a password (Django's password reset token)."""
    path = reverse(
        "accounts:password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return absolute_url(path)


def open_account(account_request):
    """Accept `account_request`: the person's account (made, or found by its e-mail) joins the
    members' group and their authority; they are mailed a link to choose a password."""
    User = get_user_model()
    email = account_request.email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(email=email)
        user.set_unusable_password()
    user.first_name = user.first_name or account_request.first_name
    user.last_name = user.last_name or account_request.last_name
    user.member = user.member or account_request.member
    user.job_title = user.job_title or account_request.job_title
    user.consent_at = user.consent_at or account_request.consent_at
    user.is_active = True
    user.save()
    user.groups.add(members_group())
    _decide(account_request, RequestStatus.APPROVED)
    context = {
        "user": user,
        "account_request": account_request,
        "link": password_link(user),
        "login": absolute_url(reverse("accounts:login")),
    }
    subject = _("Votre compte sur le portail est ouvert")
    transaction.on_commit(lambda: send_templated("account_opened", subject, context, [user.email]))
    return user


def refuse(account_request):
    _decide(account_request, RequestStatus.REFUSED)
    context = {"account_request": account_request}
    subject = _("Votre demande de compte sur le portail")
    transaction.on_commit(
        lambda: send_templated("account_refused", subject, context, [account_request.email])
    )


def _decide(account_request, status):
    account_request.status = status
    account_request.decided_at = timezone.now()
    account_request.save(update_fields=["status", "decided_at"])


def request_account(request=None, **fields):
    """A request made on the site, kept for staff to decide; the network's contact address
    (site settings) is told that one waits."""
    account_request = AccountRequest.objects.create(consent_at=timezone.now(), **fields)
    staff_address = site_settings_for(request).contact_email if request else ""
    if staff_address:
        context = {
            "account_request": account_request,
            "link": absolute_url(reverse("demandes-de-compte:edit", args=[account_request.pk])),
        }
        subject = _("Demande de compte : %(name)s (%(member)s)") % {
            "name": f"{account_request.first_name} {account_request.last_name}",
            "member": account_request.member,
        }
        transaction.on_commit(
            lambda: send_templated("account_request", subject, context, [staff_address])
        )
    return account_request
