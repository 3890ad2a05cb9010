"""Build portail/demo/fonts/DejaVuSans-Bold-Latin.ttf, the font the demo writes on its images.

The demo draws its images on the spot (no download); the default font of Pillow has no "é".
This subset of DejaVu Sans Bold (Bitstream Vera licence and public domain: see LICENSE beside
it) holds Latin-1 and Latin Extended-A — every French letter, œ and Œ included — and French
punctuation, in about 60 KB. It ships with the project; run this again only to change it:

    apt-get install fonts-dejavu-core
    .venv/bin/python scripts/build_demo_font.py
"""

from pathlib import Path

from fontTools import subset

SOURCE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
OUTPUT = Path(__file__).resolve().parent.parent / "portail/demo/fonts/DejaVuSans-Bold-Latin.ttf"
# Basic Latin, Latin-1, Latin Extended-A; quotes, dashes, ellipsis, narrow no-break space, euro.
UNICODES = "U+0020-017F,U+2010-2027,U+202F,U+20AC"


def main():
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    font = subset.load_font(str(SOURCE), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(OUTPUT), options)
    print(f"{OUTPUT}: {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
