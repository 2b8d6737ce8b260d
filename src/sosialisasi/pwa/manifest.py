"""The web app manifest of one language, and its icons: what makes the site installable
on Android ("Add to home screen") with its own name, colour and start page."""

from __future__ import annotations

import io
import json

from sosialisasi.share.card import BACKGROUND, TEXT, load_font

ICON_SIZES = (192, 512)
THEME_COLOR = "#283593"


def manifest(*, name: str, short_name: str, description: str, locale: str) -> str:
    """manifest.webmanifest for the language root it sits in (every URL relative to it)."""
    data = {
        "name": name,
        "short_name": short_name[:12] if short_name else name[:12],
        "description": description,
        "lang": locale,
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "id": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {
                "src": f"icon-{size}.png",
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in ICON_SIZES
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def initials(name: str) -> str:
    """'Netralitas ASN' -> 'NA': the icon's text."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    return "".join(w[0].upper() for w in words[:2]) or "S"


def icon(size: int, text: str) -> bytes:
    """A square PNG icon: the initials in white on the site's colour, inside the safe
    zone of a maskable icon (the middle 80 %)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), BACKGROUND)
    draw = ImageDraw.Draw(image)
    face = load_font("Bold", int(size * 0.42))
    left, top, right, bottom = draw.textbbox((0, 0), text, font=face)
    x = (size - (right - left)) / 2 - left
    y = (size - (bottom - top)) / 2 - top
    draw.text((x, y), text, font=face, fill=TEXT)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
