"""What every export format needs besides the banks: language, site name and address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from sosialisasi.quiz.markdown import make_markdown
from sosialisasi.quiz.model import LocalizedText
from sosialisasi.site.languages import doc_path


@dataclass(frozen=True)
class ExportContext:
    """One export: the language written, and where the site's pages live online."""

    locale: str
    fallback: str | None = None  # the site's default language fills a missing text
    site_name: str = ""
    site_url: str | None = None  # absolute, ends with '/': "read again" links point here
    prefix: str = ""  # the language's root under site_url: '' or 'en/'

    def text(self, value: LocalizedText | None) -> str:
        """The text in the export's language, without surrounding whitespace."""
        return value.get(self.locale, self.fallback).strip() if value is not None else ""

    def page_url(self, reread: str) -> str | None:
        """'materi/larangan.md#x' -> the page's absolute URL in this language, or None."""
        if not self.site_url:
            return None
        doc, _, anchor = reread.partition("#")
        url = f"{self.site_url}{self.prefix}{doc_path(doc)}"
        return f"{url}#{anchor}" if anchor else url


@dataclass(frozen=True)
class Skipped:
    """A question a format cannot carry, and why (shown to the user, never silent)."""

    bank: str
    question: str
    reason: str

    def format(self) -> str:
        return f"{self.bank}/{self.question}: {self.reason}"


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("br", "p", "li", "tr"):
            self.parts.append(" ")


_MARKDOWN = make_markdown()


def plain_text(markdown: str) -> str:
    """Markdown as one line of plain text: formats without markup (Aiken, category names)."""
    parser = _TextOnly()
    parser.feed(_MARKDOWN.render(markdown))
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()
