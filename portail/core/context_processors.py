from .addresses import base_url
from .selectors import site_settings_for


def site(request):
    """`site_settings` in every template: the site's identity, from the cache; `base_url`,
    the start of every absolute address."""
    return {"site_settings": site_settings_for(request), "base_url": base_url()}
