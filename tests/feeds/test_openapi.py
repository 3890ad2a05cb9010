"""The API's OpenAPI document: served, valid JSON, and describing the routes that exist."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_document_describes_the_api_routes(client):
    document = client.get("/api/v2/openapi.json").json()
    assert document["openapi"].startswith("3.")
    for path in document["paths"]:
        concrete = path.replace("{id}", "999999")
        status = client.get(concrete).status_code
        assert status in (200, 404), (path, status)
    assert client.get("/api/v2/pages/?offset=99999999999999999999").status_code == 400
