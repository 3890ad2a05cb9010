"""The old site's addresses, kept: every way SPIP reached an article, rubrique, brève, keyword
or document becomes a permanent redirect to what it became here."""

import hashlib

from wagtail.contrib.redirects.models import Redirect

from portail.documents.models import PortailDocument
from portail.images.models import PortailImage
from portail.interchange.kinds.sections import section_page
from portail.interchange.models import ImportRecord
from portail.taxonomy.models import Organisation, Theme
from portail.taxonomy.services import country_find

from .lines import MAPPED_SECTIONS, document_paths, object_paths
from .site import number
from .typography import old_address

CHUNK = 500


def page_ids(items):
    """Import key → page id of the items' pages."""
    keys = [item.key for item in items]
    found = {}
    for start in range(0, len(keys), CHUNK):
        found |= dict(
            ImportRecord.objects.filter(key__in=keys[start : start + CHUNK]).values_list(
                "key", "page_id"
            )
        )
    return found


def targets(items, maker):
    """Old path → ("page", id), ("document", id) or ("link", address)."""
    found, pages, site = {}, page_ids(items), maker.site
    for item in items:
        page = pages.get(item.key)
        if page:
            for path in [item.line.get("source_url"), *item.addresses]:
                if path:
                    found[Redirect.normalise_path(path)] = ("page", page)
    for ident in site.rubriques:
        kind = maker.mapping.rubrique_kind(site.rubriques, ident)
        if kind != "skip":
            section = section_page(MAPPED_SECTIONS[kind])
            for path in [old_address("rubrique", ident), *object_paths(site, "rubrique", ident)]:
                found[Redirect.normalise_path(path)] = ("page", section.pk)
    for ident, mot in site.mots.items():
        address = _keyword_address(maker, mot)
        if address:
            for path in [old_address("mot", ident), *object_paths(site, "mot", ident)]:
                found[Redirect.normalise_path(path)] = ("link", address)
    found |= _files(site)
    return found


def _keyword_address(maker, mot):
    group = number(mot.get("id_groupe"))
    kind = maker.mapping.group_kind(group, maker.site.groups.get(group, {}).get("titre", ""))
    name = maker.typography.plain(mot["titre"])
    if kind == "countries":
        country = country_find(name)
        return country.get_absolute_url() if country else None
    model = {"themes": Theme, "organisations": Organisation}.get(kind)
    found = model.objects.filter(name=name).first() if model else None
    return found.get_absolute_url() if found else None


def _files(site):
    """Documents and images by the content of their file (what the importer stores them by)."""
    hashes = {}
    for ident, row in site.documents.items():
        relative = site.file(row.get("fichier"))
        if relative:
            digest = hashlib.sha1((site.img / relative).read_bytes()).hexdigest()
            insertable = site.insertable(row)
            hashes[ident] = (digest, insertable.is_image, insertable.title)
    documents, images = {}, {}
    digests = sorted({digest for digest, _, _ in hashes.values()})
    for start in range(0, len(digests), CHUNK):
        chunk = digests[start : start + CHUNK]
        for document in PortailDocument.objects.filter(file_hash__in=chunk).order_by("pk"):
            documents.setdefault((document.file_hash, document.title), document)
            documents.setdefault((document.file_hash, None), document)
        for image in PortailImage.objects.filter(file_hash__in=chunk).order_by("pk"):
            images.setdefault(image.file_hash, image)
    found = {}
    for ident, (digest, image, title) in hashes.items():
        if image and digest in images:
            target = ("link", images[digest].file.url)
        elif not image and ((digest, title[:255]) in documents or (digest, None) in documents):
            document = documents.get((digest, title[:255])) or documents[(digest, None)]
            target = ("document", document.pk, document.url)
        else:
            continue
        for path in document_paths(site.documents[ident]):
            found[Redirect.normalise_path(path)] = target
    return found


def write_redirects(found):
    """Create or update the redirects; returns how many were written."""
    written, paths = 0, sorted(found)
    for start in range(0, len(paths), CHUNK):
        chunk = paths[start : start + CHUNK]
        existing = {r.old_path: r for r in Redirect.objects.filter(site=None, old_path__in=chunk)}
        new, changed = [], []
        for path in chunk:
            redirect = existing.get(path) or Redirect(old_path=path, site=None, is_permanent=True)
            target = found[path]
            page = target[1] if target[0] == "page" else None
            link = "" if page else target[-1]
            if redirect.pk and (redirect.redirect_page_id, redirect.redirect_link) == (page, link):
                continue
            redirect.redirect_page_id, redirect.redirect_link = page, link
            redirect.is_permanent = True
            (changed if redirect.pk else new).append(redirect)
        Redirect.objects.bulk_create(new)
        Redirect.objects.bulk_update(changed, ["redirect_page", "redirect_link", "is_permanent"])
        written += len(new) + len(changed)
    return written
