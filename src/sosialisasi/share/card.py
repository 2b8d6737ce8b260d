"""The preview image of a page: 1200×630 PNG, drawn with Pillow, cached by content.

WhatsApp shows an image only when it is small (under 300 KB) and wide (1.91:1). The
font is Source Sans Pro from the ``font-source-sans-pro`` package (SIL OFL 1.1, its
licence inside the package): the build fetches nothing. A card depends only on its
text and this module's look, so an unchanged page is copied from the cache, never
redrawn.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import unicodedata
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from sosialisasi.share.meta import CARD_HEIGHT, CARD_WIDTH

# Where the images go in a site, and where unchanged ones wait between builds (beside
# mkdocs.yml): the defaults of the sosialisasi/share plugin.
CARDS_DIR = "assets/sosialisasi/share"
CACHE_DIR = ".cache/sosialisasi/share"
# Change when the drawing changes: every cached card is then redrawn once.
LOOK_VERSION = "1"
SIZE_LIMIT = 300_000  # bytes: WhatsApp drops larger preview images

BACKGROUND = (40, 53, 147)  # indigo 800, the site's primary colour, darker for contrast
ACCENT = (255, 193, 7)  # amber bar: the card reads as this site's at thumbnail size
TEXT = (255, 255, 255)
MUTED = (197, 202, 233)  # indigo 100
MARGIN = 80
TITLE_SIZES = (76, 68, 60, 52, 46)
TITLE_LINES = 4


@dataclass(frozen=True)
class Card:
    """Everything drawn on a card; equal cards are the same image."""

    title: str
    site_name: str
    region: str = ""
    address: str = ""  # host and path shown at the foot, e.g. "netralitas.example.org/materi/"

    def key(self) -> str:
        data = json.dumps({"look": LOOK_VERSION, **asdict(self)}, sort_keys=True)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def _clean(text: str) -> str:
    """One line of printable text: control and format characters would draw as boxes."""
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def load_font(weight: str, size: int):
    from PIL import ImageFont

    path = resources.files("font_source_sans_pro") / "files" / f"SourceSansPro-{weight}.ttf"
    with resources.as_file(path) as file:
        return ImageFont.truetype(str(file), size)


def _wrap(draw, text: str, font, width: int, lines: int) -> list[str]:
    """Greedy word wrap into at most `lines` lines; the last one ends in '…' if cut.
    A word wider than a line is broken between letters."""
    words: list[str] = []
    for word in text.split(" "):
        while draw.textlength(word, font=font) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and draw.textlength(word[:cut], font=font) > width:
                cut -= 1
            words.append(word[:cut])
            word = word[cut:]
        words.append(word)
    result: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= width:
            current = candidate
            continue
        if current:
            result.append(current)
        current = word
    if current:
        result.append(current)
    if len(result) > lines:
        last = result[lines - 1]
        while last and draw.textlength(last + " …", font=font) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        result = [*result[: lines - 1], f"{last} …".strip()]
    return result


def _fit(draw, text: str, width: int, weight: str, size: int) -> tuple[str, object]:
    """The text on one line at `size`, cut with '…' when it does not fit."""
    font = load_font(weight, size)
    if draw.textlength(text, font=font) <= width:
        return text, font
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…", font


def draw_card(card: Card) -> bytes:
    """The card as PNG bytes, 1200×630, under SIZE_LIMIT."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (CARD_WIDTH, CARD_HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = CARD_WIDTH - 2 * MARGIN
    draw.rectangle((0, 0, 24, CARD_HEIGHT), fill=ACCENT)

    site, font = _fit(draw, _clean(card.site_name), width, "Semibold", 40)
    draw.text((MARGIN, 64), site, font=font, fill=MUTED)

    title = _clean(card.title) or _clean(card.site_name)
    for size in TITLE_SIZES:
        font = load_font("Bold", size)
        lines = _wrap(draw, title, font, width, TITLE_LINES)
        if len(lines) * size * 1.18 <= 330 or size == TITLE_SIZES[-1]:
            break
    y = 150
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=TEXT)
        y += int(size * 1.18)

    foot_y = CARD_HEIGHT - 110
    draw.rectangle((MARGIN, foot_y - 24, MARGIN + 120, foot_y - 18), fill=ACCENT)
    if card.region:
        region, font = _fit(draw, _clean(card.region), width, "Semibold", 34)
        draw.text((MARGIN, foot_y), region, font=font, fill=TEXT)
    if card.address:
        address, font = _fit(draw, _clean(card.address), width, "Regular", 28)
        draw.text((MARGIN, foot_y + (46 if card.region else 6)), address, font=font, fill=MUTED)

    # Few flat colours: a 256-colour palette keeps the anti-aliasing and the size small.
    out = io.BytesIO()
    image.quantize(colors=256, dither=Image.Dither.NONE).save(out, "PNG", optimize=True)
    data = out.getvalue()
    if len(data) > SIZE_LIMIT:  # cannot happen with this look; never ship what WhatsApp drops
        raise ValueError(f"preview image of {card.title!r} is {len(data)} bytes")
    return data


def write_card(card: Card, target: Path, cache_dir: Path | None) -> bool:
    """Write the card's PNG to `target`; True when it was drawn, False when it came
    from the cache. The cache file is written whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    cached = cache_dir / f"{card.key()}.png" if cache_dir is not None else None
    if cached is not None and cached.is_file():
        shutil.copyfile(cached, target)
        return False
    data = draw_card(card)
    target.write_bytes(data)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(cached)
    return True
