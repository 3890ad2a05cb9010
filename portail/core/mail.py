"""Mails written as two templates, emails/<name>.txt and emails/<name>.html: plain text and
HTML parts of one message, through Django's e-mail framework (EMAIL_URL)."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


def templated_message(name, subject, context, to, headers=None):
    context = {**context, "subject": subject}
    message = EmailMultiAlternatives(
        subject, render_to_string(f"emails/{name}.txt", context), to=to, headers=headers
    )
    message.attach_alternative(render_to_string(f"emails/{name}.html", context), "text/html")
    return message


def send_templated(name, subject, context, to, headers=None):
    templated_message(name, subject, context, to, headers).send()
