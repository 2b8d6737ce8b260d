"""The tags a chat app or a social site reads to show a link preview.

WhatsApp, Telegram, Facebook and LinkedIn read Open Graph (``og:*``); X and some others
read Twitter cards (``twitter:*``). Every URL must be absolute: a crawler has no page to
resolve a relative one against.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

# Open Graph wants language_TERRITORY. Indonesian is only spoken as id_ID; English
# guidance for Indonesia has no better territory than the generic en_US.
OG_LOCALES = {"id": "id_ID", "en": "en_US", "jv": "jv_ID", "su": "su_ID", "ms": "ms_MY"}

CARD_WIDTH, CARD_HEIGHT = 1200, 630
DESCRIPTION_LIMIT = 300  # characters; previews cut far shorter, crawlers may refuse longer


def og_locale(locale: str) -> str:
    """'id' -> 'id_ID'; an already territorial 'pt-BR' -> 'pt_BR'."""
    locale = locale.replace("-", "_")
    if "_" in locale:
        language, territory = locale.split("_", 1)
        return f"{language.lower()}_{territory.upper()}"
    return OG_LOCALES.get(locale.lower(), locale.lower())


def plain_text(value: object) -> str:
    """Markup or escaped text (a page title, a site name Material prints unescaped) as
    plain text, on one line: escaping happens once, where the tag is written."""
    text = Markup(str(value or "")).striptags()
    return re.sub(r"\s+", " ", text).strip()


def first_paragraph(page_html: str) -> str:
    """Plain text of the first non-empty paragraph of a rendered page: the description
    of a page that has none of its own."""
    for match in re.finditer(r"<p\b[^>]*>(.*?)</p>", page_html, flags=re.S):
        text = plain_text(match.group(1))
        if text:
            return text
    return ""


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def image_path(page_url: str) -> str:
    """Path of a page's preview image under the images folder, one per page address:
    '' and 'index.html' -> 'index.png', 'en/' -> 'en.png', 'materi/larangan/' and
    'materi/larangan.html' -> 'materi/larangan.png'."""
    path = page_url.split("#")[0].split("?")[0]
    path = path.removesuffix(".html").strip("/")
    if path == "index" or path.endswith("/index"):
        path = path[: -len("index")].strip("/")
    return (path or "index") + ".png"


@dataclass(frozen=True)
class SharePage:
    """What a preview shows of one page. URLs are absolute."""

    title: str
    site_name: str
    description: str
    url: str
    locale: str
    alternate_locales: Sequence[str] = ()
    image_url: str = ""
    image_alt: str = ""
    is_home: bool = False


def share_tags(page: SharePage) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of each <meta> tag, in the order they are written."""
    title = page.title
    tags: list[tuple[str, str, str]] = [
        ("property", "og:type", "website" if page.is_home else "article"),
        ("property", "og:site_name", page.site_name),
        ("property", "og:title", title),
        ("property", "og:description", shorten(page.description)),
        ("property", "og:url", page.url),
        ("property", "og:locale", og_locale(page.locale)),
    ]
    tags += [("property", "og:locale:alternate", og_locale(alt)) for alt in page.alternate_locales]
    if page.image_url:
        tags += [
            ("property", "og:image", page.image_url),
            ("property", "og:image:type", "image/png"),
            ("property", "og:image:width", str(CARD_WIDTH)),
            ("property", "og:image:height", str(CARD_HEIGHT)),
            ("property", "og:image:alt", page.image_alt or title),
        ]
    tags += [
        ("name", "twitter:card", "summary_large_image" if page.image_url else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", shorten(page.description)),
    ]
    if page.image_url:
        tags += [
            ("name", "twitter:image", page.image_url),
            ("name", "twitter:image:alt", page.image_alt or title),
        ]
    return [(attr, name, content) for attr, name, content in tags if content]
