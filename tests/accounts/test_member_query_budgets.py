"""The members' pages cost a fixed number of SQL queries, whatever a member has done."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portail.discussions.services import reply, start_thread
from portail.registrations.services import register
from tests import builders

pytestmark = pytest.mark.django_db

BUDGETS = {"space": 16, "group": 14, "thread": 14}


def world(size, code):
    mali = builders.country(code)
    member = builders.member()
    builders.partnership(member, mali)
    group = builders.country_group(mali)
    user = builders.account(member=member)
    fields = {"name": "A", "authority": "B", "role": "", "attendance": "sur-place"}
    for n in range(size):
        start = timezone.now() + datetime.timedelta(days=n - size // 2)
        event = builders.event(f"Réunion {n}", start=start, registration_enabled=True)
        register(event, email=user.email, **fields)
        builders.members_only(builders.news(f"Note {n}"))
    thread = start_thread(group, user, "Sujet", "Premier message")
    for n in range(size):
        reply(thread, user, f"Réponse {n}")
        start_thread(group, user, f"Autre sujet {n}", "Message")
    return user, {
        "space": "/compte/",
        "group": f"/discussions/groupe/{group.pk}/",
        "thread": f"/discussions/sujet/{thread.pk}/",
    }


def count(client, path):
    client.get(path)  # fills the caches every later request finds
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", BUDGETS)
def test_members_pages_cost_the_same_with_3_or_12_items(client, mailbox, name):
    user, paths = world(3, "ML")
    client.force_login(user)
    small = count(client, paths[name])
    user, paths = world(12, "SN")
    client.force_login(user)
    large = count(client, paths[name])
    assert large == small, f"{name}: {small} queries with 3 items, {large} with 12"
    assert large <= BUDGETS[name]
