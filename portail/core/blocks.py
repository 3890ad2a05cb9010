"""StreamField blocks shared by every content page."""

import re

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "code",
    "ol",
    "ul",
    "link",
    "document-link",
    "blockquote",
    "hr",
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("texte"))
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Titre")), ("h3", _("Sous-titre")), ("h4", _("Intertitre"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "components/streamfield/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citation"))
    attribution = blocks.CharBlock(label=_("auteur"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "components/streamfield/quote_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("légende"), required=False, help_text=_("Sinon, la légende de l’image.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/streamfield/figure_block.html"


class VideoEmbedBlock(blocks.StructBlock):
    url = EmbedBlock(
        label=_("adresse de la vidéo ou du contenu"), help_text=_("YouTube, Vimeo, Dailymotion...")
    )
    title = blocks.CharBlock(label=_("titre"), required=False)

    class Meta:
        icon = "media"
        label = _("Contenu intégré")
        template = "components/streamfield/embed_block.html"


class DataTableBlock(TableBlock):
    """A table of figures or names, scrolling in its own box on a narrow screen."""

    class Meta:
        icon = "table"
        label = _("Tableau")
        template = "components/streamfield/table_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        features=RICH_TEXT_FEATURES,
        template="components/streamfield/paragraph_block.html",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = FigureBlock()
    embed = VideoEmbedBlock()
    table = DataTableBlock()


EXCERPT_WORDS = 35


# The end of a paragraph, list item, heading or line: a space, so that "climatique.</p><p>Une"
# reads "climatique. Une" once the tags are gone.
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def body_text(stream_value):
    """The plain text of a body's paragraphs, read from its stored data without rendering it."""
    parts = [
        strip_tags(BLOCK_END.sub(" ", block["value"]))
        for block in stream_value.raw_data
        if block["type"] == "paragraph"
    ]
    return " ".join(" ".join(parts).split())


def excerpt_of(text, words=EXCERPT_WORDS):
    """`text` cut at a word boundary, ended with " (…)" when something was cut."""
    return Truncator(text).words(words, truncate=" (…)")
