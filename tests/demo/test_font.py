"""The demo writes on its images with a font that has every French character (Pillow's own
font drew "Cit▯s Unies France" on the default image)."""

from fontTools.ttLib import TTFont

from portail.demo.files import FONT

FRENCH = "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”–—…€ "


def test_the_demo_font_draws_every_french_character():
    characters = set(TTFont(FONT).getBestCmap())
    missing = [letter for letter in FRENCH if ord(letter) not in characters]
    assert missing == []
