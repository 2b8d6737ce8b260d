"""The guide as one booklet per language (``sosialisasi/booklet``).

Collects the rendered guidance pages in nav order, and after each language's build
writes ``<lang>/buklet/index.html`` (``sosialisasi.booklet``) and a manifest
(``assets/sosialisasi/booklets.json``) that ``sosialisasi pdf`` reads to print each
booklet to PDF with Chromium. Home pages get a link to the booklet; the PDF link in it
stays hidden until ``sosialisasi pdf`` has made the file.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.utils import get_relative_url

from sosialisasi.booklet.assemble import BookletPage, assemble, text_for
from sosialisasi.booklet.render import BookletLinks, render_booklet
from sosialisasi.mkdocs.booklet.config import BookletConfig
from sosialisasi.mkdocs.context import build_context
from sosialisasi.mkdocs.site_data import region_name
from sosialisasi.share.card import CACHE_DIR, CARDS_DIR, Card, write_card
from sosialisasi.share.meta import SharePage, image_path, plain_text, share_tags
from sosialisasi.site.languages import Language, absolute_url

log = logging.getLogger("mkdocs.plugins.sosialisasi.booklet")

ASSET_SOURCE = Path(__file__).resolve().parents[2] / "booklet" / "assets"
ASSET_DIR = "assets/sosialisasi"
MANIFEST = f"{ASSET_DIR}/booklets.json"

HOME_TEXT = {
    "id": ("Seluruh panduan dalam satu buklet", "baca dan cetak", "unduh PDF"),
    "en": ("The whole guide as one booklet", "read and print", "download PDF"),
}


def pdf_file_name(site_name: str) -> str:
    """'Netralitas ASN Provinsi Bali' -> 'netralitas-asn-provinsi-bali.pdf'."""
    slug = re.sub(r"[^a-z0-9]+", "-", plain_text(site_name).lower()).strip("-")
    return f"{slug or 'buklet'}.pdf"


class BookletPlugin(BasePlugin[BookletConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.language = Language(locale="id", name="", default=True)
        self.languages: list[Language] = []
        self._order: list[str] = []
        self._pages: dict[str, BookletPage] = {}
        self._region = ""

    def on_config(self, config: Any) -> None:
        if not self.config.enabled:
            return
        context = build_context(config)
        self.languages = context.languages
        self.language = context.current_language
        self._pages = {}
        self._order = []
        if context.is_outer:
            self._region = region_name(config)

    def _url(self, path: str, config: Any) -> str:
        folder = f"{self.language.prefix}{path}"
        return folder if config.use_directory_urls else f"{folder}index.html"

    def booklet_url(self, config: Any) -> str:
        return self._url(f"{self.config.folder.strip('/')}/", config)

    def pdf_url(self, config: Any) -> str:
        name = self.config.pdf_name or pdf_file_name(config.site_name)
        return f"{self.language.prefix}{self.config.folder.strip('/')}/{name}"

    @event_priority(-110)  # after static-i18n (-100) has localised the nav
    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        if not self.config.enabled:
            return nav
        prefix = self.language.prefix
        for page in nav.pages:
            local = page.url.removeprefix(prefix)
            if any(local.startswith(start) for start in self.config.include):
                self._order.append(page.url)
        return nav

    @event_priority(-20)  # after the quiz and trainer plugins (the booklet drops quizzes)
    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        if not self.config.enabled:
            return html
        if page.url in self._order:
            self._pages[page.url] = BookletPage(
                url=page.url,
                title=plain_text(page.title),
                html=html,
                last_reviewed=str(page.meta.get("last_reviewed") or ""),
            )
        if self.config.home_link and page.url in (self.language.prefix, self._url("", config)):
            html += self._home_link(page.url, config)
        return html

    def _home_link(self, page_url: str, config: Any) -> str:
        title, read, download = HOME_TEXT.get(self.language.locale, HOME_TEXT["en"])
        booklet = get_relative_url(self.booklet_url(config), page_url)
        if config.use_directory_urls and not booklet.endswith((".html", "/")):
            booklet += "/"
        pdf = get_relative_url(self.pdf_url(config), page_url)
        return (
            f'\n<p class="sosialisasi-booklet"><strong>{title}</strong>: '
            f'<a href="{booklet}">{read}</a>'
            f'<span data-booklet-pdf hidden> · <span data-href="{pdf}">{download}</span></span>'
            "</p>\n"
        )

    def on_post_build(self, *, config: Any) -> None:
        if not self.config.enabled:
            return
        site_dir = Path(config.site_dir)
        pages = [self._pages[url] for url in self._order if url in self._pages]
        if not pages:
            log.warning(
                "no guidance page for the booklet in '%s': none of the nav's pages starts "
                "with %s (the `include` option of sosialisasi/booklet)",
                self.language.locale,
                ", ".join(self.config.include),
            )
            return
        here = self.booklet_url(config)
        site_url = config.site_url or ""
        booklet = assemble(
            pages,
            site_url=site_url,
            booklet_url=here,
            prefix=self.language.prefix,
            locale=self.language.locale,
        )
        links = BookletLinks(
            stylesheet=get_relative_url(f"{ASSET_DIR}/booklet.css", here),
            home=get_relative_url(self._url("", config) or "./", here) or "./",
            online_url=absolute_url(site_url, here) if site_url else "",
            pdf=get_relative_url(self.pdf_url(config), here),
            alternates=tuple(
                (lang.locale, lang.name, get_relative_url(self._other(lang, config), here))
                for lang in self.languages
                if lang.locale != self.language.locale
            ),
        )
        html = render_booklet(
            booklet,
            locale=self.language.locale,
            site_name=plain_text(config.site_name),
            description=plain_text(config.site_description),
            region=self._region,
            links=links,
            head_tags=self._share_tags(here, config),
        )
        target = site_dir / (here if here.endswith(".html") else f"{here}index.html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
        (site_dir / ASSET_DIR).mkdir(parents=True, exist_ok=True)
        (site_dir / ASSET_DIR / "booklet.css").write_bytes(
            (ASSET_SOURCE / "booklet.css").read_bytes()
        )
        self._update_manifest(site_dir, target, config)
        log.info("booklet for '%s': %d pages at %s", self.language.locale, len(pages), here)

    def _share_tags(self, here: str, config: Any) -> list[tuple[str, str, str]]:
        """Link-preview tags of the booklet page, with its own preview image."""
        site_url = config.site_url or ""
        if not site_url:
            return []
        site_name = plain_text(config.site_name)
        title = text_for(self.language.locale).title
        relative = f"{CARDS_DIR}/{image_path(here)}"
        parts = urlsplit(absolute_url(site_url, here))
        card = Card(title, site_name, self._region, f"{parts.netloc}{parts.path}")
        cache = Path(config.config_file_path).parent / CACHE_DIR
        write_card(card, Path(config.site_dir) / relative, cache)
        return share_tags(
            SharePage(
                title=title,
                site_name=site_name,
                description=plain_text(config.site_description),
                url=absolute_url(site_url, here),
                locale=self.language.locale,
                alternate_locales=[
                    x.locale for x in self.languages if x.locale != self.language.locale
                ],
                image_url=absolute_url(site_url, relative),
                image_alt=title,
            )
        )

    def _other(self, lang: Language, config: Any) -> str:
        folder = f"{lang.prefix}{self.config.folder.strip('/')}/"
        return folder if config.use_directory_urls else f"{folder}index.html"

    def _update_manifest(self, site_dir: Path, page: Path, config: Any) -> None:
        """One entry per language; `sosialisasi pdf` prints each page to its PDF and then
        shows the hidden PDF links in the pages listed as `links`."""
        path = site_dir / MANIFEST
        entries = json.loads(path.read_text("utf-8")) if path.is_file() else []
        entries = [e for e in entries if e.get("locale") != self.language.locale]
        home = self._url("", config) or "index.html"
        home_file = home if home.endswith(".html") else f"{home}index.html"
        entries.append(
            {
                "locale": self.language.locale,
                "page": page.relative_to(site_dir).as_posix(),
                "pdf": self.pdf_url(config),
                "links": [page.relative_to(site_dir).as_posix(), home_file],
                "built": dt.date.today().isoformat(),
            }
        )
        path.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
