from django.conf import settings


def client_ip(request):
    """The client's address: REMOTE_ADDR, or behind PROXY_COUNT trusted proxies (nginx) the
    address the outermost of them saw, read from X-Forwarded-For (what the API's rate limit
    reads too: REST_FRAMEWORK's NUM_PROXIES)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.PROXY_COUNT and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",")]
        return hops[-min(settings.PROXY_COUNT, len(hops))]
    return request.META.get("REMOTE_ADDR")


def login_address(request, credentials):
    """The address a login attempt names, in lower case (django-axes counts failures by it)."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    return str(username).strip().lower()
