"""Images, PDF documents and sounds made on the spot, so that the demo downloads nothing."""

import io
import math
import struct
import wave
from pathlib import Path

from django.core.files.base import ContentFile
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

# Every French letter (Pillow's own font has no "é"): scripts/build_demo_font.py.
FONT = Path(__file__).parent / "fonts" / "DejaVuSans-Bold-Latin.ttf"

PALETTE = [
    (10, 74, 130),
    (179, 38, 30),
    (28, 110, 80),
    (120, 70, 140),
    (200, 120, 20),
    (40, 40, 60),
]


def make_image_file(name, seed, size=(1200, 750), label=""):
    """A PNG landscape: a two-colour gradient with circles, different for each seed."""
    width, height = size
    first, second = PALETTE[seed % len(PALETTE)], PALETTE[(seed + 2) % len(PALETTE)]
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        ratio = y / height
        colour = tuple(int(a + (b - a) * ratio) for a, b in zip(first, second, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    for index in range(5):
        radius = 60 + 35 * ((seed + index) % 5)
        x = (seed * 97 + index * 233) % width
        y = (seed * 53 + index * 151) % height
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius], outline=(255, 255, 255), width=6
        )
    if label:
        font = ImageFont.truetype(str(FONT), size=max(16, height // 16))
        draw.text((40, height - 40), label, fill=(255, 255, 255), font=font, anchor="ls")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


def make_pdf_file(name, title, paragraphs):
    """A one- or two-page PDF whose text search can find."""
    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 9, _latin(title))
    pdf.ln(4)
    pdf.set_font("helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, _latin(paragraph))
        pdf.ln(3)
    return ContentFile(bytes(pdf.output()), name=name)


def make_sound_file(name, seconds=3, frequency=440):
    """A short WAV tone: enough for the audio player to have something to play."""
    rate = 16000
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        frames = (
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * frequency * i / rate)))
            for i in range(rate * seconds)
        )
        sound.writeframes(b"".join(frames))
    return ContentFile(buffer.getvalue(), name=name)


TYPOGRAPHY_TO_LATIN1 = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "œ": "oe",
        "Œ": "OE",
        "€": "EUR",
        "\u202f": " ",
    }
)


def _latin(text):
    # fpdf2's built-in fonts only know Latin-1; shipping a TTF for demo files is not worth it.
    return text.translate(TYPOGRAPHY_TO_LATIN1).encode("latin-1", "replace").decode("latin-1")
