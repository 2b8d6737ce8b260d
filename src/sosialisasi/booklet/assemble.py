"""Assemble guidance pages, in reading order, into one printable booklet page.

Each page becomes a section that starts on a new sheet; its heading ids get the page's
prefix so two pages' "#sanksi" stay apart; links between booklet pages become links inside
the booklet; any other link becomes absolute, so the PDF still leads somewhere. A link
whose text is a bare source code ("S14") pointing at a heading that starts with that code
("S14 · BKN Kantor Regional VI Medan") shows the whole heading: a printed page cannot be
clicked to find out what S14 is.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from markupsafe import Markup

BOOKLET_FILE = "booklet.css"

_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)("[^>]*>)(.*?)(</a>)', re.S)
_HEADING = re.compile(r'<h([1-6])\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_HEADERLINK = re.compile(r'<a\b[^>]*class="headerlink"[^>]*>.*?</a>', re.S)
_QUIZ = re.compile(r'<section class="sq".*?</section>', re.S)
_SRC = re.compile(r'(<(?:img|source)\b[^>]*?\bsrc=")([^"]*)(")')
_DETAILS = re.compile(r"<details\b(?![^>]*\bopen\b)")
_H1_END = re.compile(r"</h1>")
_CODE = re.compile(r"^[A-Z]{1,4}[-\s]?\d{1,4}$")


@dataclass(frozen=True)
class BookletPage:
    """One guidance page as the site renders it."""

    url: str  # site-relative page URL, e.g. 'materi/larangan/' or 'en/materi/larangan/'
    title: str
    html: str  # rendered page content (the article body)
    last_reviewed: str = ""  # ISO date from the frontmatter


@dataclass(frozen=True)
class BookletText:
    """Words of the booklet in one language."""

    contents: str
    reviewed: str  # "Ditinjau {date}"
    reviewed_all: str  # "Isi terakhir ditinjau {date}"
    online: str  # "Versi daring: {url}"
    pdf: str  # "Unduh PDF"
    print_: str  # "Cetak"
    built: str  # "Disusun {date}"
    title: str  # what the booklet is, e.g. in a link preview


TEXTS = {
    "id": BookletText(
        contents="Daftar isi",
        reviewed="Ditinjau {date}",
        reviewed_all="Isi terakhir ditinjau {date}",
        online="Versi daring: {url}",
        pdf="Unduh PDF",
        print_="Cetak",
        built="Disusun {date}",
        title="Seluruh panduan dalam satu buklet",
    ),
    "en": BookletText(
        contents="Contents",
        reviewed="Reviewed {date}",
        reviewed_all="Content last reviewed {date}",
        online="Online version: {url}",
        pdf="Download PDF",
        print_="Print",
        built="Compiled {date}",
        title="The whole guide as one booklet",
    ),
}


def text_for(locale: str) -> BookletText:
    return TEXTS.get(locale, TEXTS["en"])


@dataclass
class Booklet:
    """The assembled booklet: its sections, table of contents and review date."""

    sections: list[str] = field(default_factory=list)
    toc: list[tuple[str, str]] = field(default_factory=list)  # (anchor, title)
    last_reviewed: str = ""


def section_id(url: str) -> str:
    """'en/materi/larangan/' -> 'materi-larangan' (language prefix dropped by the caller)."""
    path = url.removesuffix(".html").strip("/").removesuffix("/index").removesuffix("index")
    return "p-" + (re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-").lower() or "home")


def _resolve(href: str, page_url: str) -> str:
    """A page-relative href as a site-relative path (with its #fragment)."""
    base = "/" + page_url
    if not base.endswith("/"):
        base = posixpath.dirname(base) + "/"
    return urljoin("http://site" + base, href)[len("http://site/") :]


def assemble(
    pages: Sequence[BookletPage],
    *,
    site_url: str,
    booklet_url: str,
    prefix: str = "",
    locale: str = "en",
) -> Booklet:
    """Sections in the given (reading) order; `booklet_url` is where the booklet lives
    (site-relative) so links to outside pages stay valid from there."""
    by_url = {page.url: section_id(page.url.removeprefix(prefix)) for page in pages}
    headings: dict[str, str] = {}  # "<section>--<id>" -> plain heading text
    bodies = []
    for page in pages:
        sid = by_url[page.url]
        body = _QUIZ.sub("", page.html)
        body = _HEADERLINK.sub("", body)
        body = _DETAILS.sub("<details open", body)  # a printed sheet cannot be unfolded
        body = _SRC.sub(
            lambda m, page=page: (
                m.group(1) + _moved(m.group(2), page.url, booklet_url) + m.group(3)
            ),
            body,
        )
        body = _ID.sub(lambda m, sid=sid: f'id="{sid}--{m.group(1)}"', body)
        for _, anchor, text in _HEADING.findall(body):
            headings[anchor] = Markup(text).striptags()
        bodies.append((page, sid, body))

    booklet = Booklet()
    words = text_for(locale)
    reviewed = sorted(p.last_reviewed for p in pages if p.last_reviewed)
    booklet.last_reviewed = reviewed[0] if reviewed else ""  # the oldest review counts
    for page, sid, body in bodies:
        body = _HREF.sub(
            lambda m, page=page: _link(m, page.url, by_url, headings, site_url, booklet_url),
            body,
        )
        if page.last_reviewed:
            line = html.escape(words.reviewed.format(date=page.last_reviewed))
            body = _H1_END.sub(
                lambda _, line=line: f'</h1>\n<p class="booklet-reviewed">{line}</p>', body, count=1
            )
        booklet.toc.append((sid, page.title))
        bodies_html = (
            f'<section class="booklet-page" id="{sid}" data-url="{html.escape(page.url)}">'
        )
        bodies_html += body + "</section>"
        booklet.sections.append(bodies_html)
    return booklet


def _link(
    match: re.Match,
    page_url: str,
    by_url: dict[str, str],
    headings: dict[str, str],
    site_url: str,
    booklet_url: str,
) -> str:
    start, href, middle, text, end = match.groups()
    raw = html.unescape(href)
    parts = urlsplit(raw)
    if parts.scheme or raw.startswith("//") or raw.startswith("mailto:"):
        return match.group(0)
    if not parts.path and parts.fragment:  # same page
        target_url, fragment = page_url, parts.fragment
        resolved = f"{page_url}#{fragment}"
    else:
        resolved = _resolve(raw, page_url)
        path, _, fragment = resolved.partition("#")
        target_url = path
        if target_url not in by_url and target_url.endswith("index.html"):
            target_url = target_url[: -len("index.html")]
    if target_url in by_url:
        sid = by_url[target_url]
        anchor = f"{sid}--{fragment}" if fragment else sid
        label = text
        heading = headings.get(anchor, "")
        plain = Markup(text).striptags()
        if _CODE.match(plain) and heading.startswith(plain) and heading != plain:
            label = html.escape(heading)
        return f"{start}#{html.escape(anchor)}{middle}{label}{end}"
    absolute = urljoin(site_url, resolved) if site_url else _relative(resolved, booklet_url)
    return f"{start}{html.escape(absolute)}{middle}{text}{end}"


def _moved(src: str, page_url: str, booklet_url: str) -> str:
    """An image source relative to its page, made relative to the booklet instead."""
    raw = html.unescape(src)
    if urlsplit(raw).scheme or raw.startswith(("/", "data:")):
        return src
    return html.escape(_relative(_resolve(raw, page_url), booklet_url))


def _relative(target: str, from_url: str) -> str:
    start = posixpath.dirname("/" + from_url) if not from_url.endswith("/") else "/" + from_url
    return posixpath.relpath("/" + target, start)
