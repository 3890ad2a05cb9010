"""Steps that more than one browser test takes."""

import re
from urllib.parse import urlsplit

from portail.registrations.models import Registration


def cancel_from_the_mail_and_check_promotion(page, mailbox, registrant, waiting, base_url):
    """`registrant` cancels with the link of their confirmation mail; `waiting`, the first
    person on the waiting list, is then confirmed and told by mail."""
    mail = next(m for m in mailbox.messages if m["To"] == registrant)
    assert "Inscription confirmée" in mail["Subject"]
    link = re.search(r"https?://\S+/inscriptions/\S+/", mail.get_body(("plain",)).get_content())
    # The mail's link is on BASE_URL, the public address; the test server listens elsewhere.
    page.goto(f"{base_url}{urlsplit(link.group(0)).path}")
    page.get_by_role("button", name="Annuler mon inscription").click()
    assert "annulée" in page.get_by_role("status").inner_text()
    assert Registration.objects.get(email=waiting).is_confirmed
    assert any(m["To"] == waiting and "confirmée" in m["Subject"] for m in mailbox.messages)
