import pytest
from wagtail.models import Site

from portail.core.models import SiteSettings

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_home_page_loads_with_its_title_and_no_console_error(live_server, page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.site_name, settings.tagline = (
        "Cités Unies France",
        "Le portail de la coopération décentralisée",
    )
    settings.save()
    page.goto(live_server.url + "/")
    assert page.title() == "Cités Unies France – Le portail de la coopération décentralisée"
    assert page.get_by_role("link", name="Aller au contenu").count() == 1
    assert page.console_errors == []
