"""Which search backend answers: the database's by default, OpenSearch when configured."""

import os
import subprocess
import sys

from django.db import connection
from wagtail.search.backends import get_search_backend


def test_the_default_backend_is_the_french_aware_one_of_the_database():
    backend = type(get_search_backend()).__name__
    expected = {"sqlite": "FrenchSQLiteSearchBackend", "postgresql": "FrenchPostgresSearchBackend"}
    assert backend == expected[connection.vendor]


def test_opensearch_url_switches_the_backend_and_keeps_french_analysis():
    code = (
        "import django; django.setup();"
        "from wagtail.search.backends import get_search_backend as g;"
        "b = g(); print(type(b).__name__);"
        "print(b.settings['settings']['analysis']['analyzer']['default']['filter'])"
    )
    env = {
        **os.environ,
        "OPENSEARCH_URL": "http://127.0.0.1:9200",
        "DJANGO_SETTINGS_MODULE": "portail.settings.test",
    }
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert output.startswith("OpenSearch3SearchBackend")
    assert "asciifolding" in output and "french_stemmer" in output
