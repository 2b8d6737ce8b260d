"""Writes the trainer pages of every quiz bank, and links them from the site.

A thin adapter over ``sosialisasi.trainer``: for each valid bank and each language
it writes ``<language root>/kuis/<bank>/presentasi/`` (presentation mode with a
QR code), ``lembar/`` (worksheet) and ``kunci/`` (answer key), plus ``qr.svg``;
it adds "For trainers" links under each quiz, and a table of every quiz on the
page whose frontmatter says ``trainer_quizzes: true``. The QR code opens the
bank's quiz page at ``site_url`` (the published, directory-style address, also
in an offline build). static-i18n runs every event once per language: state is
reset in ``on_config`` and each language build writes its own pages.
"""

from __future__ import annotations

import hashlib
import html as html_text
import logging
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.utils import get_relative_url

from sosialisasi.export import ExportContext, export_aiken, export_gift
from sosialisasi.mkdocs.context import BuildContext, build_context
from sosialisasi.mkdocs.trainer.config import TrainerConfig
from sosialisasi.project import Project
from sosialisasi.quiz.catalog import Catalog
from sosialisasi.quiz.markdown import QuizMarkdown
from sosialisasi.quiz.model import Bank
from sosialisasi.site.languages import Language, doc_path
from sosialisasi.site.layout import file_key
from sosialisasi.slides.guide import SESSIONS, GuideError
from sosialisasi.slides.source import load_source, write_slides
from sosialisasi.trainer.exam import LICENCES, VENDORED
from sosialisasi.trainer.pages import Alternate, PageKind, TrainerLinks, render_trainer_page
from sosialisasi.trainer.qr import qr_svg_file
from sosialisasi.trainer.strings import trainer_strings

log = logging.getLogger("mkdocs.plugins.sosialisasi.trainer")

ASSET_SOURCE = Path(__file__).resolve().parents[2] / "trainer" / "assets"
ASSET_DIR = "assets/sosialisasi"
QUIZ_ASSET_SOURCE = ASSET_SOURCE.parent.parent / "quiz" / "assets"
# Files under ASSET_SOURCE (the exam page also needs the quiz's own quiz.css).
ASSETS = (
    "trainer.css",
    "trainer.js",
    "exam.css",
    "exam.js",
    "room.css",
    "room.js",
    *VENDORED,
    *LICENCES,
)
TOOL_KEYS = {
    PageKind.PRESENT: "present",
    PageKind.WORKSHEET: "worksheet",
    PageKind.KEY: "answer_key",
    PageKind.EXAM: "exam",
}
# Files for Moodle and similar platforms, beside the trainer pages of each bank.
EXPORTS = {"gift": "moodle-gift.txt", "aiken": "moodle-aiken.txt"}


class _RelativeLinks:
    """Quiz links (reread, basis, Markdown links to pages) from a trainer page."""

    def __init__(self, plugin: TrainerPlugin, from_url: str):
        self.plugin = plugin
        self.from_url = from_url

    def page(self, doc: str, anchor: str) -> str | None:
        url = self.plugin.doc_url(doc)
        if url is None:
            return None
        relative = get_relative_url(url, self.from_url)
        return f"{relative}#{anchor}" if anchor else relative

    def page_title(self, doc: str) -> str | None:
        return (
            self.plugin.catalog.title_of(doc, self.plugin.locale) if self.plugin.catalog else None
        )

    def basis(self, basis: str) -> str | None:
        return None  # a printed key shows the basis as text


class TrainerPlugin(BasePlugin[TrainerConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._context: BuildContext | None = None
        self.locale = ""
        self.default_locale = ""
        self.language: Language | None = None
        self.languages: list[Language] = []
        self.site_url = ""
        self.directory_urls = True
        self._files: Any = None
        self._order: dict[str, int] = {}  # doc -> position in the nav (reading order)
        self._slides_wanted = False
        self._versions = {name: _digest(ASSET_SOURCE / name) for name in ASSETS}
        self._versions["quiz.css"] = _digest(QUIZ_ASSET_SOURCE / "quiz.css")

    @property
    def catalog(self) -> Catalog | None:
        """The catalog the quiz plugin shows: one per outer build, in the build context."""
        return self._context.catalog() if self._context is not None else None

    # -- configuration, per language build ---------------------------------------------

    def on_config(self, config: Any) -> None:
        if not self.config.enabled:
            return
        context = build_context(config)
        self.languages = context.languages
        self.default_locale = context.default_locale
        self.language = context.current_language
        self.locale = self.language.locale
        self.site_url = config.site_url or ""
        if self.site_url and not self.site_url.endswith("/"):
            self.site_url += "/"
        self.directory_urls = bool(config.use_directory_urls)
        self._files = None
        self._order = {}
        self._slides_wanted = self.config.slides
        self._context = context
        if self.config.link_from_quiz:
            context.quiz_footers["sosialisasi/trainer"] = self._quiz_footer

    @event_priority(-110)  # after static-i18n (-100) has localised the files and the nav
    def on_nav(self, nav: Any, *, config: Any, files: Any) -> Any:
        if not self.config.enabled:
            return nav
        self._files = files
        self._order = {}
        for index, page in enumerate(nav.pages):
            doc = file_key(page.file.src_uri, [lang.locale for lang in self.languages], "")[0]
            self._order.setdefault(doc, index)
        folder = f"{self.language.prefix if self.language else ''}{self.config.folder}/"
        for file in files:
            if file.dest_uri.startswith(folder):
                log.error(
                    "%s would be published at %s, where the trainer pages of the quizzes go. "
                    "Move it, or set another `folder` for the sosialisasi/trainer plugin.",
                    file.src_uri,
                    file.dest_uri,
                )
        return nav

    # -- where things are ---------------------------------------------------------------

    def banks(self) -> list[Bank]:
        """Valid banks in reading order (of the page showing each), then by id."""
        if self.catalog is None:
            return []
        banks = [r.bank for r in self.catalog.reports.values() if r.bank is not None]

        def position(bank: Bank) -> tuple[int, str]:
            doc = self.bank_doc(bank.id)
            return (self._order.get(doc, len(self._order)) if doc else 1 << 30, bank.id)

        return sorted(banks, key=position)

    def bank_doc(self, bank_id: str) -> str | None:
        """The page showing the bank: one showing every question first, then the first."""
        if self.catalog is None:
            return None
        docs = sorted(
            {
                (page.quiz.questions is not None, page.doc)
                for page in self.catalog.pages
                if page.quiz is not None and page.quiz.bank == bank_id
            }
        )
        return docs[0][1] if docs else None

    def doc_url(self, doc: str) -> str | None:
        """Site-relative URL of a page in the language being built."""
        target = self._files.get_file_from_path(doc) if self._files is not None else None
        if target is None or not target.is_documentation_page():
            return None
        return target.url

    def tool_url(self, bank_id: str, kind: PageKind, language: Language | None = None) -> str:
        language = language or self.language
        prefix = language.prefix if language else ""
        folder = f"{prefix}{self.config.folder}/{bank_id}/{kind.value}/"
        return folder if self.directory_urls else f"{folder}index.html"

    def _export_url(self, bank_id: str, kind: str) -> str:
        prefix = self.language.prefix if self.language else ""
        return f"{prefix}{self.config.folder}/{bank_id}/{EXPORTS[kind]}"

    def _slides_url(self, session: int) -> str:
        prefix = self.language.prefix if self.language else ""
        return f"{prefix}{self.config.folder}/salindia-{session}.pptx"

    def _write_slides(self, config: Any, site_dir: Path) -> None:
        """The decks of this language; a site without the trainer's guide gets none."""
        try:
            source = load_source(Project.load(config.config_file_path), self.catalog)
            for session in SESSIONS:
                write_slides(source, session, self.locale, site_dir / self._slides_url(session))
        except GuideError as error:
            self._slides_wanted = False
            log.info("no trainer slides: %s", error)

    def _qr_file_url(self, bank_id: str) -> str:
        prefix = self.language.prefix if self.language else ""
        return f"{prefix}{self.config.folder}/{bank_id}/qr.svg"

    def quiz_address(self, bank_id: str) -> str | None:
        """The bank's quiz page at site_url, in this language: what the QR code opens."""
        doc = self.bank_doc(bank_id)
        if not doc or not self.site_url or self.doc_url(doc) is None:
            return None
        prefix = self.language.prefix if self.language else ""
        return f"{self.site_url}{prefix}{doc_path(doc)}"

    # -- the site's own pages -----------------------------------------------------------

    @event_priority(-10)  # after the quiz plugin has appended the quiz
    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        if not self.config.enabled or self.catalog is None:
            return html
        if page.meta.get(self.config.list_key) is True:
            html = self._insert_list(html, page)
        return html

    def _quiz_footer(self, page: Any, bank: Bank) -> Markup | None:
        """The "For trainers" line the quiz plugin shows inside each quiz."""
        return Markup(self._quiz_links(bank, page.url))

    def _tools(self, bank: Bank, from_url: str) -> Markup:
        strings = trainer_strings(self.locale)
        links = [
            f'<a href="{escape(get_relative_url(self.tool_url(bank.id, kind), from_url))}">'
            f"{escape(strings[TOOL_KEYS[kind]])}</a>"
            for kind in PageKind
        ]
        return Markup(" · ".join(links))

    def _quiz_links(self, bank: Bank, page_url: str) -> str:
        strings = trainer_strings(self.locale)
        return (
            f'<p class="sq-trainer" data-search-exclude><strong>{escape(strings["for_trainers"])}'
            f":</strong> {self._tools(bank, page_url)}</p>"
        )

    def _insert_list(self, html: str, page: Any) -> str:
        strings = trainer_strings(self.locale)
        markdown = QuizMarkdown()
        rows = []
        for bank in self.banks():
            title = Markup(markdown.inline(bank.title.get(self.locale, self.default_locale)))
            doc = self.bank_doc(bank.id)
            url = self.doc_url(doc) if doc else None
            if url is not None:
                quiz = f'<a href="{escape(get_relative_url(url, page.url))}">{title}</a>'
            else:
                quiz = f"{title} ({escape(strings['not_shown'])})"
            files = " · ".join(
                f'<a href="{escape(get_relative_url(self._export_url(bank.id, name), page.url))}">'
                f"{label}</a>"
                for name, label in (("gift", "GIFT"), ("aiken", "Aiken"))
            )
            rows.append(
                f"<tr><td>{quiz}</td><td>{len(bank.questions)}</td>"
                f"<td>{self._tools(bank, page.url)}</td><td>{files}</td></tr>"
            )
        table = (
            f'<table class="sq-trainer-list"><caption>{escape(strings["list_caption"])}</caption>'
            f'<thead><tr><th scope="col">{escape(strings["col_quiz"])}</th>'
            f'<th scope="col">{escape(strings["col_questions"])}</th>'
            f'<th scope="col">{escape(strings["col_tools"])}</th>'
            f'<th scope="col">{escape(strings["col_files"])}</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        if self._slides_wanted:
            decks = " · ".join(
                f'<a href="{escape(get_relative_url(self._slides_url(n), page.url))}" download>'
                f"{escape(strings['slides_session'].replace('{n}', str(n)))}</a>"
                for n in SESSIONS
            )
            label = escape(strings["slides"])
            table += f'<p class="sq-trainer-slides"><strong>{label}:</strong> {decks}</p>'
        heading = re.search(
            rf'<h([1-6])[^>]*\bid="{re.escape(self.config.list_anchor)}"[^>]*>.*?</h\1>',
            html,
            re.S,
        )
        if heading is None:
            return f"{html}\n{table}"
        return f"{html[: heading.end()]}\n{table}{html[heading.end() :]}"

    # -- the trainer pages --------------------------------------------------------------

    def on_post_build(self, *, config: Any) -> None:
        if not self.config.enabled or self.catalog is None:
            return
        site_dir = Path(config.site_dir)
        target = site_dir / ASSET_DIR
        target.mkdir(parents=True, exist_ok=True)
        for name in ASSETS:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes((ASSET_SOURCE / name).read_bytes())
        (target / "quiz.css").write_bytes((QUIZ_ASSET_SOURCE / "quiz.css").read_bytes())
        if self._slides_wanted:
            self._write_slides(config, site_dir)
        written = 0
        for bank in self.banks():
            written += self._write_bank(bank, site_dir, config)
        log.info("trainer pages for '%s': %d", self.locale, written)

    def _write_bank(self, bank: Bank, site_dir: Path, config: Any) -> int:
        address = self.quiz_address(bank.id)
        qr_url = None
        if address:
            qr_url = self._qr_file_url(bank.id)
            qr_path = site_dir / qr_url
            qr_path.parent.mkdir(parents=True, exist_ok=True)
            qr_path.write_text(qr_svg_file(address), encoding="utf-8")
        doc = self.bank_doc(bank.id)
        quiz_page = self.doc_url(doc) if doc else None
        site_name = config.site_name or ""
        favicon = config.theme.get("favicon")
        # Exports are plain text: the site name the theme gets is escaped HTML (Markup).
        self._write_exports(bank, site_dir, html_text.unescape(str(site_name)))
        count = 0
        for kind in PageKind:
            url = self.tool_url(bank.id, kind)

            def rel(target: str, here: str = url) -> str:
                return get_relative_url(target, here)

            links = TrainerLinks(
                stylesheet=f"{rel(f'{ASSET_DIR}/trainer.css')}?v={self._versions['trainer.css']}",
                script=f"{rel(f'{ASSET_DIR}/trainer.js')}?v={self._versions['trainer.js']}",
                quiz_page=rel(quiz_page) if quiz_page is not None else None,
                quiz_url=address,
                exam_url=(
                    f"{self.site_url}{self.tool_url(bank.id, PageKind.EXAM)}"
                    if self.site_url
                    else None
                ),
                qr_file=rel(qr_url) if qr_url else None,
                icon=rel(favicon) if favicon else None,
                siblings={
                    other: rel(self.tool_url(bank.id, other)) for other in PageKind if other != kind
                },
                alternates=tuple(
                    Alternate(lang.locale, lang.name, rel(self.tool_url(bank.id, kind, lang)))
                    for lang in self.languages
                    if lang.locale != self.locale
                ),
                assets={
                    name: f"{rel(f'{ASSET_DIR}/{name}')}?v={version}"
                    for name, version in self._versions.items()
                },
            )
            html = render_trainer_page(
                bank,
                kind,
                self.locale,
                links,
                site_name=site_name,
                fallback_locale=self.default_locale,
                quiz_links=_RelativeLinks(self, url),
            )
            path = site_dir / (url if url.endswith(".html") else f"{url}index.html")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(html, encoding="utf-8")
            count += 1
        return count

    def _write_exports(self, bank: Bank, site_dir: Path, site_name: str) -> None:
        """GIFT and Aiken files of the bank in this language, for Moodle (see the guide)."""
        context = ExportContext(
            locale=self.locale,
            fallback=self.default_locale,
            site_name=site_name,
            site_url=self.site_url or None,
            prefix=self.language.prefix if self.language else "",
        )
        gift, _ = export_gift([bank], context)
        aiken = export_aiken([bank], context).text
        for kind, text in (("gift", gift), ("aiken", aiken)):
            path = site_dir / self._export_url(bank.id, kind)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]
