"""Mails written as two templates, emails/<name>.txt and emails/<name>.html: plain text and
HTML parts of one message, through Django's e-mail framework (EMAIL_URL)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def templated_message(name, subject, context, to, headers=None):
    # One line: a subject carrying a visitor's text (a thread title, a name) may hold a line
    # break, which Django refuses in a header.
    subject = " ".join(str(subject).split())
    context = {**context, "subject": subject}
    message = EmailMultiAlternatives(
        subject, render_to_string(f"emails/{name}.txt", context), to=to, headers=headers
    )
    message.attach_alternative(render_to_string(f"emails/{name}.html", context), "text/html")
    return message


def send_templated(name, subject, context, to, headers=None):
    templated_message(name, subject, context, to, headers).send()


def absolute_url(path, request=None):
    """`path` as a link for a mail: on the request's host, else on BASE_URL (commands)."""
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
