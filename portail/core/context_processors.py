from .selectors import site_settings_for


def site(request):
    """`site_settings` in every template: the site's identity, from the cache."""
    return {"site_settings": site_settings_for(request)}
