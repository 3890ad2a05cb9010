"""The images of private collections, handed out to those who may see them."""

import mimetypes

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponseRedirect
from wagtail.models import BaseViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login

from portail.core.private_files import private_storage

from .selectors import image_of_file
from .storage import is_private_name


def is_on_disk(storage):
    try:
        storage.path("")
    except NotImplementedError:
        return False
    return True


def serve_private_image(request, name):
    image = image_of_file(name) if is_private_name(name) else None
    if image is None:
        raise Http404
    for restriction in image.collection.get_view_restrictions():
        if not restriction.accept_request(request):
            if restriction.restriction_type == BaseViewRestriction.PASSWORD:
                raise PermissionDenied  # the portal puts no password on collections
            if request.user.is_authenticated:
                raise PermissionDenied
            return require_wagtail_login(next=request.get_full_path())
    storage = private_storage()
    if is_on_disk(storage):
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        response = FileResponse(storage.open(name), content_type=content_type)
    else:  # S3: a signed address that soon expires
        response = HttpResponseRedirect(storage.url(name))
    # The reader's browser may keep it a little; no shared cache ever.
    response["Cache-Control"] = "private, max-age=300"
    return response
