"""Markdown for quiz texts: CommonMark with raw HTML off and only safe link targets.

Quiz texts come from regional authors and forks, so they are treated as untrusted:
raw HTML is shown as text, and a link or image may only point to a relative path,
http(s), mailto or tel (``javascript:``, ``data:``, ``vbscript:``... are refused
and stay plain text). An image from another host shows as its text: no reader's
browser asks that host (tracking, a broken offline copy). Links to ``.md`` pages
are resolved like ``reread``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from sosialisasi.safe_markup import off_host

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
PAGE_LINK = re.compile(r"^(?![a-z][a-z0-9+.-]*:|/)([^#?]+\.md)(?:#([A-Za-z0-9_:.-]*))?$", re.I)

# (doc path under docs, anchor) -> URL, or None to leave the link as written
PageResolver = Callable[[str, str], "str | None"]


def is_safe_url(url: str) -> bool:
    """True for relative URLs and the schemes in SAFE_SCHEMES; control chars never pass."""
    cleaned = url.strip()
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in cleaned):
        return False
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return False
    if not scheme:
        # "java\tscript:" and friends were removed above; a colon before any slash
        # means the browser would read a scheme that urlsplit did not.
        head = cleaned.split("/", 1)[0]
        return ":" not in head
    return scheme in SAFE_SCHEMES


def make_markdown(resolve_page: PageResolver | None = None) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    md.core.ruler.push("sosialisasi_local_images", _local_images)
    if resolve_page is not None:
        md.core.ruler.push("sosialisasi_page_links", _page_links(resolve_page))
    return md


def _local_images(state: StateCore) -> None:
    """An image from another host shows as its text: no reader's browser asks that host."""
    for token in state.tokens:
        for index, child in enumerate(token.children or ()):
            if child.type == "image" and off_host(str(child.attrGet("src") or "")):
                text = Token("text", "", 0)
                text.content = child.content
                token.children[index] = text  # type: ignore[index]


def _page_links(resolve_page: PageResolver) -> Callable[[StateCore], None]:
    def rule(state: StateCore) -> None:
        for token in state.tokens:
            for child in token.children or ():
                if child.type != "link_open":
                    continue
                href = str(child.attrGet("href") or "")
                match = PAGE_LINK.match(href)
                if not match:
                    continue
                url = resolve_page(match.group(1), match.group(2) or "")
                if url is not None:
                    child.attrSet("href", url)

    return rule


_SHARED = make_markdown()  # no page resolver: its output depends on the text alone


@functools.lru_cache(maxsize=8192)
def _shared_block(text: str) -> str:
    return _SHARED.render(text)


@functools.lru_cache(maxsize=8192)
def _shared_inline(text: str) -> str:
    return _inline(_SHARED, text)


@functools.lru_cache(maxsize=8192)
def _shared_plain(text: str) -> bool:
    return _plain(_SHARED, text)


def _inline(md: MarkdownIt, text: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if len(paragraphs) == 1:
        return md.renderInline(paragraphs[0])
    return "".join(f'<span class="sq-p">{md.renderInline(p)}</span>' for p in paragraphs)


def _plain(md: MarkdownIt, text: str) -> bool:
    tokens = md.parse(text)
    return all(t.type in ("paragraph_open", "paragraph_close", "inline") for t in tokens)


class QuizMarkdown:
    """Renders quiz texts to HTML (block or inline) with one resolver for page links.

    A bank's texts are rendered for its quiz page and again for each trainer page, in
    every language build: a text that holds no page link ('.md') renders the same
    everywhere, so that HTML is made once and shared.
    """

    def __init__(self, resolve_page: PageResolver | None = None):
        self._resolve_page = resolve_page
        self._own: MarkdownIt | None = None

    def _md(self, text: str) -> MarkdownIt | None:
        """The page-resolving parser, only for a text that may link to a page."""
        if self._resolve_page is None or ".md" not in text.lower():
            return None
        if self._own is None:
            self._own = make_markdown(self._resolve_page)
        return self._own

    def block(self, text: str) -> str:
        md = self._md(text)
        return _shared_block(text) if md is None else md.render(text)

    def inline(self, text: str) -> str:
        """Phrasing content (for labels and legends): each paragraph becomes a block span."""
        md = self._md(text)
        return _shared_inline(text) if md is None else _inline(md, text)

    def is_plain(self, text: str) -> bool:
        """True when the text is paragraphs only (fits in a legend without losing structure)."""
        md = self._md(text)
        return _shared_plain(text) if md is None else _plain(md, text)
