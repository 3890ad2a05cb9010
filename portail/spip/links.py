"""Links between migrated items: `[->art12]` was written as the old address
`/spip.php?article12`; once every item has its page, it becomes the portal's own link to that
page (or document), which follows the page wherever editors move it.

The pages were just written by the import: their body is corrected in place, in their row and
in the revision the import recorded, a few hundred at a time (a new revision for each would
cost a publication per page)."""

import html
import json
import re

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

from .addresses import CHUNK, page_ids

OLD_LINK = re.compile(r'<a href="(/spip\.php\?[^"]*)">(.*?)</a>', re.S)


class _Rewriter:
    def __init__(self, targets):
        self.targets, self.made, self.broken = targets, 0, []

    def body(self, ref, raw):
        """The body's blocks with their old links rewritten; None when it has none."""
        changed = False

        def rewrite(match):
            nonlocal changed
            changed = True
            address, text = html.unescape(match.group(1)), match.group(2)
            target = self.targets.get(Redirect.normalise_path(address))
            if target is None:
                self.broken.append((ref, address))
                return text  # the words stay, without a link to nowhere
            self.made += 1
            if target[0] == "link":
                return f'<a href="{html.escape(target[1])}">{text}</a>'
            return f'<a linktype="{target[0]}" id="{target[1]}">{text}</a>'

        blocks = []
        for block in raw:
            if block["type"] == "paragraph":
                block = {**block, "value": OLD_LINK.sub(rewrite, block["value"])}
            blocks.append(block)
        return blocks if changed else None


def resolve(items, targets, register):
    """Rewrite the links of the items whose bodies name other SPIP objects; returns (links
    made, [(ref, old address)] of links whose target did not come). The pages rewritten go
    to `register`, for the indexes (the reference index records the pages and documents they
    link to)."""
    rewriter = _Rewriter(targets)
    linking = [item for item in items if item.links]
    pages = page_ids(linking)
    ref_of = {pages[item.key]: item.ref for item in linking if pages.get(item.key)}
    ids = sorted(ref_of)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        types = Page.objects.filter(pk__in=chunk).values_list("pk", "content_type")
        by_type = {}
        for pk, content_type in types:
            by_type.setdefault(content_type, []).append(pk)
        for content_type, pks in by_type.items():
            model = ContentType.objects.get_for_id(content_type).model_class()
            register(_rewrite(model.objects.filter(pk__in=pks), rewriter, ref_of))
    return rewriter.made, rewriter.broken


def _rewrite(pages, rewriter, ref_of):
    changed, bodies = [], {}
    for page in pages:
        blocks = rewriter.body(ref_of[page.pk], page.body.raw_data)
        if blocks is not None:
            page.body = bodies[page.latest_revision_id] = blocks
            changed.append(page)
    if not changed:
        return []
    type(changed[0]).objects.bulk_update(changed, ["body"])
    updated = []
    for revision in Revision.objects.filter(pk__in=list(bodies)):
        revision.content["body"] = json.dumps(bodies[revision.pk], cls=DjangoJSONEncoder)
        updated.append(revision)
    Revision.objects.bulk_update(updated, ["content"])
    return changed
