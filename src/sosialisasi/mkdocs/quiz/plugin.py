"""Shows a quiz bank at the end of every page whose frontmatter names it (``quiz:``).

A thin adapter over ``sosialisasi.quiz``: the core validates banks and pages and
renders HTML; this plugin logs the findings (so ``--strict`` fails on them), hands
the renderer links resolved in the language being built, appends the quiz, adds
quiz.js/quiz.css to quiz pages only, and writes the assets and quizzes.json once.
static-i18n runs every event once per language: findings are logged by the outer
build only, and per-build state is reset when an outer build starts.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

from sosialisasi.diagnostics import Severity
from sosialisasi.mkdocs.context import BuildContext, build_context, inner_build, log_findings
from sosialisasi.mkdocs.quiz.config import QuizConfig
from sosialisasi.quiz.catalog import Catalog, source_slug
from sosialisasi.quiz.folders import quiz_folders
from sosialisasi.quiz.manifest import MANIFEST_PATH, build_manifest
from sosialisasi.quiz.pages import PageSource, QuizRef, parse_quiz_ref
from sosialisasi.quiz.render import RenderOptions, render_bank, render_title

log = logging.getLogger("mkdocs.plugins.sosialisasi.quiz")

ASSET_SOURCE = Path(__file__).resolve().parents[2] / "quiz" / "assets"
ASSET_DIR = "assets/sosialisasi"
ASSETS = ("quiz.js", "quiz.css")


class _SiteLinks:
    """Quiz links resolved against the files of the language being built."""

    def __init__(self, page: Any, files: Any, catalog: Catalog, locale: str, references: str):
        self.page_file = page.file
        self.files = files
        self.catalog = catalog
        self.locale = locale
        self.references = references

    def _url(self, doc: str) -> str | None:
        target = self.files.get_file_from_path(doc)
        if target is None or not target.is_documentation_page():
            return None
        if target.src_uri == self.page_file.src_uri:
            return ""
        return target.url_relative_to(self.page_file)

    def page(self, doc: str, anchor: str) -> str | None:
        url = self._url(doc)
        if url is None:
            return None
        return f"{url}#{anchor}" if anchor else (url or "#")

    def page_title(self, doc: str) -> str | None:
        return self.catalog.title_of(doc, self.locale)

    def basis(self, basis: str) -> str | None:
        url = self._url(self.references)
        return None if url is None else f"{url}#{source_slug(basis)}"


class QuizPlugin(BasePlugin[QuizConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._serving = False
        self.catalog: Catalog | None = None
        self._context: BuildContext | None = None
        self.locale = ""
        self.default_locale = ""
        self._quiz_pages: set[str] = set()  # src_uri of this build's pages with a quiz
        self._bank_pages: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self._versions = {name: _digest(ASSET_SOURCE / name) for name in ASSETS}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"

    def on_config(self, config: Any) -> None:
        if not self.config.enabled:
            return
        context = build_context(config)
        self._context = context
        self.default_locale = context.default_locale
        self.locale = context.locale
        self._quiz_pages = set()
        if context.is_outer:
            self._bank_pages.clear()
        # Loaded once per outer build, over the pages the other plugins share.
        context.quizzes_shown = True
        context.quizzes_dir = self.config.quizzes_dir
        context.references_page = self.config.references_page
        self.catalog = context.catalog()
        if context.is_outer:
            root = Path(config.config_file_path).parent
            log_findings(log, self.catalog.diagnostics, root)

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        if self.config.enabled:
            folders = quiz_folders(Path(config.config_file_path), self.config.quizzes_dir)
            for folder in folders.quizzes_dirs:
                if folder.is_dir():
                    server.watch(str(folder))
        return server

    def _reference(self, page: Any) -> QuizRef | None:
        assert self.catalog is not None
        source = self.catalog.page(page.file.abs_src_path) if page.file.abs_src_path else None
        if source is not None:
            return source.quiz
        value = page.meta.get("quiz")
        if value is None:
            return None
        scratch = PageSource(Path(page.file.src_path), page.file.src_uri, None, None, None, None)
        return parse_quiz_ref(value, scratch)

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        if not self.config.enabled or self.catalog is None:
            return html
        ref = self._reference(page)
        if ref is None:
            return html
        bank = self.catalog.bank(ref.bank)
        if bank is None or any(bank.question(qid) is None for qid in ref.questions or ()):
            return html + self._problem_notice(ref)
        links = _SiteLinks(page, files, self.catalog, self.locale, self.config.references_page)
        footer = self._context.quiz_footer(page, bank) if self._context else None
        options = RenderOptions(
            questions=ref.questions, heading_level=self.config.heading_level, footer=footer
        )
        quiz = render_bank(
            bank, self.locale, links=links, options=options, fallback_locale=self.default_locale
        )
        self._quiz_pages.add(page.file.src_uri)
        self._bank_pages[bank.id][self.locale].append(page.url)
        title = render_title(bank, self.locale, self.default_locale)
        _add_to_toc(page, f"{options.id_prefix}-{bank.id}-title", str(title))
        return f"{html}\n{quiz}"

    def _problem_notice(self, ref: QuizRef) -> str:
        """Under `mkdocs serve`, say on the page why its quiz is missing; never in a build."""
        if not self._serving or self.catalog is None:
            return ""
        related = [
            d
            for d in self.catalog.diagnostics
            if d.severity is Severity.ERROR
            and (ref.bank in str(d.file) or ref.bank in d.message or d.code in ("Q121", "Q123"))
        ]
        root = self.catalog.docs_dir.parent
        items = "".join(f"<li>{escape(d.format(root))}</li>" for d in related)
        return (
            '<div class="admonition danger" data-search-exclude><p class="admonition-title">'
            f"Quiz '{escape(ref.bank)}' not shown (mkdocs serve only)</p><ul>{items}</ul></div>"
        )

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        wanted = page.file.src_uri in self._quiz_pages or bool(page.meta.get("quiz_assets"))
        if not self.config.enabled or not wanted:
            return output
        css = self._asset_url("quiz.css", page)
        js = self._asset_url("quiz.js", page)
        output = _insert_before(output, "</head>", f'<link rel="stylesheet" href="{css}">')
        return _insert_before(output, "</body>", f'<script src="{js}" defer></script>')

    def _asset_url(self, name: str, page: Any) -> str:
        return f"{get_relative_url(f'{ASSET_DIR}/{name}', page.url)}?v={self._versions[name]}"

    def _write_assets(self, config: Any) -> None:
        if not self.config.enabled:
            return
        target = Path(config.site_dir) / ASSET_DIR
        target.mkdir(parents=True, exist_ok=True)
        for name in ASSETS:
            (target / name).write_bytes((ASSET_SOURCE / name).read_bytes())

    @event_priority(-110)  # after static-i18n (-100) has built every language
    def _write_manifest(self, config: Any) -> None:
        if not self.config.enabled or not self.config.manifest or inner_build(config):
            return
        if self.catalog is None:
            return
        banks = [r.bank for r in self.catalog.reports.values() if r.bank is not None]
        manifest = build_manifest(banks, self.catalog.locales, self._bank_pages)
        path = Path(config.site_dir) / MANIFEST_PATH
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")

    on_post_build = CombinedEvent(_write_assets, _write_manifest)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def _insert_before(html: str, marker: str, tag: str) -> str:
    index = html.rfind(marker)
    if index < 0:
        return html + tag
    return f"{html[:index]}{tag}{html[index:]}"


def _add_to_toc(page: Any, anchor: str, title: str) -> None:
    """List the quiz in the page's table of contents, under the page title.

    MkDocs treats TOC titles as HTML: ``title`` must already be safe (render_title).
    """
    toc = getattr(page, "toc", None)
    items = getattr(toc, "items", None)
    if items is None:
        return
    link = AnchorLink(title, anchor, 2)
    if len(items) == 1 and items[0].level == 1:
        items[0].children.append(link)
    else:
        items.append(link)
