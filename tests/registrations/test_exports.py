"""Staff export the registrants as a French office opens them: labels in French, Paris time,
and a CSV that a French Excel reads as it is (UTF-8 with a byte-order mark, semicolons)."""

import csv
import datetime
import io
import zoneinfo

import openpyxl
import pytest
import time_machine
from django.utils import timezone

from portail.registrations.models import Registration
from tests import builders

pytestmark = pytest.mark.django_db
PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("equipe@example.org", "x"))
    return client


@pytest.fixture
def registration():
    event = builders.event("Réunion du groupe-pays Mali", registration_enabled=True, capacity=10)
    # 20 January 2027, 13:30 UTC: 14:30 in Paris.
    with time_machine.travel(
        datetime.datetime(2027, 1, 20, 13, 30, tzinfo=datetime.UTC), tick=False
    ):
        return Registration.objects.create(
            event=event,
            name="Awa Diallo",
            email="awa@example.org",
            authority="Ville de Lyon",
            attendance="sur-place",
            status="confirmee",
            consent_at=timezone.now(),
        )


def test_the_csv_opens_in_a_french_excel(staff, registration):
    response = staff.get("/admin/inscriptions/?export=csv")
    content = b"".join(response.streaming_content).decode("utf-8")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff")), delimiter=";"))
    header, row = rows[0], rows[1]
    values = dict(zip(header, row, strict=True))
    assert values["Statut"] == "Confirmée"
    assert values["Participation"] == "Sur place"
    assert values["Inscrit le"] == "20/01/2027 14:30"


def test_the_xlsx_has_french_labels_and_paris_time(staff, registration):
    response = staff.get("/admin/inscriptions/?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = [cell.value for cell in sheet[1]], [cell.value for cell in sheet[2]]
    values = dict(zip(header, row, strict=True))
    assert values["Statut"] == "Confirmée"
    assert values["Participation"] == "Sur place"
    assert values["Inscrit le"] == datetime.datetime(2027, 1, 20, 14, 30)
