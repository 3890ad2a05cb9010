"""Mails written as two templates, emails/<name>.txt and emails/<name>.html: plain text and
HTML parts of one message, through Django's e-mail framework (EMAIL_URL).

Mails leave through `deliver`: when the mail server is down, a visitor's form still gets its
normal answer and the mail waits in the outbox (PendingMail), tried again every minute."""

import contextlib
import logging
import pickle
import smtplib

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from .models import PendingMail

logger = logging.getLogger(__name__)

MAIL_ERRORS = (OSError, smtplib.SMTPException)
MAX_ATTEMPTS = 7 * 24 * 60  # a week of minutes, then staff decide in the admin


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


def deliver(messages):
    """Send `messages` over one connection; each one the server refuses waits in the outbox.
    Returns how many left now."""
    sent = 0
    try:
        connection = mail.get_connection()
        connection.open()
    except MAIL_ERRORS as error:
        for message in messages:
            _keep(message, error)
        return 0
    try:
        for message in messages:
            try:
                sent += connection.send_messages([message])
            except MAIL_ERRORS as error:
                _keep(message, error)
    finally:
        with contextlib.suppress(*MAIL_ERRORS):
            connection.close()
    return sent


def send_templated(name, subject, context, to, headers=None):
    deliver([templated_message(name, subject, context, to, headers)])


def retry_pending_mail():
    """Send again what waits in the outbox (the scheduler calls it every minute)."""
    waiting = list(PendingMail.objects.filter(attempts__lt=MAX_ATTEMPTS))
    if not waiting:
        return 0
    connection = mail.get_connection(fail_silently=False)
    sent = 0
    for pending in waiting:
        message = pickle.loads(pending.payload)  # written by _keep below, never by a visitor
        try:
            connection.send_messages([message])
        except MAIL_ERRORS as error:
            pending.attempts += 1
            pending.last_error = str(error)[:1000]
            pending.save(update_fields=["attempts", "last_error"])
            continue
        pending.delete()
        sent += 1
    with contextlib.suppress(*MAIL_ERRORS):
        connection.close()
    return sent


def _keep(message, error):
    logger.error("Mail to %s kept for later: %s", ", ".join(message.to), error)
    message.connection = None
    PendingMail.objects.create(
        recipients=", ".join(message.recipients()),
        subject=message.subject[:998],
        payload=pickle.dumps(message),
        last_error=str(error)[:1000],
    )
