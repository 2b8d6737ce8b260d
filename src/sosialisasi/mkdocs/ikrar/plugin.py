"""Turns the page whose frontmatter says ``ikrar: true`` into the pledge page.

A thin adapter over ``sosialisasi.ikrar``: the core weaves the form, the
printable sheet and the readiness list into the page's HTML and reports what is
missing; this plugin logs those findings (``--strict`` fails on them), adds
ikrar.js/ikrar.css to that page only, and copies the two assets into the site.

Readiness reads the quiz banks of the build context (the catalog the
``sosialisasi/quiz`` plugin shows) and asks that plugin to load quiz.js on the pledge
page (``page.meta["quiz_assets"]``), whose ``window.sosialisasiQuiz.progress`` reads
the reader's saved answers. static-i18n runs every event once per language: each
language's page is checked on its own, so a finding names the file of its language.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin

from sosialisasi.ikrar import render_page
from sosialisasi.ikrar.readiness import ReadinessBank, readiness_banks
from sosialisasi.ikrar.strings import VARIANTS
from sosialisasi.mkdocs.assets import copy_assets, link_assets
from sosialisasi.mkdocs.context import BuildContext, build_context, log_findings
from sosialisasi.mkdocs.ikrar.config import IkrarConfig
from sosialisasi.site.layout import nav_pages

log = logging.getLogger("mkdocs.plugins.sosialisasi.ikrar")

ASSET_SOURCE = Path(__file__).resolve().parents[2] / "ikrar" / "assets"
ASSETS = ("ikrar.css", "ikrar.js", "teleprompter.css", "teleprompter.js")


class IkrarPlugin(BasePlugin[IkrarConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._pledge_pages: set[str] = set()  # page URLs of the language being built
        self._locale = ""
        self._context: BuildContext | None = None

    def on_config(self, config: Any) -> None:
        self._context = build_context(config)
        self._locale = self._context.locale
        self._pledge_pages = set()

    def _is_pledge_page(self, page: Any) -> bool:
        value = page.meta.get(self.config.meta_key)
        variant = isinstance(value, str) and value in VARIANTS
        if value is not None and value is not True and not variant:
            log.error(
                "%s: '%s: %s' is not a pledge page kind; write '%s: true' (the ASN pledge) or "
                "'%s: non-asn' (the pakta integritas of non-ASN staff).",
                page.file.src_uri,
                self.config.meta_key,
                value,
                self.config.meta_key,
                self.config.meta_key,
            )
        return self.config.enabled and (value is True or variant)

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        if not self._is_pledge_page(page):
            return html
        source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
        readiness = self._readiness(page, config, files)
        value = page.meta.get(self.config.meta_key)
        result, findings = render_page(
            html,
            self._locale or "id",
            file=source,
            readiness=readiness,
            variant=value if isinstance(value, str) else None,
        )
        if readiness and "data-ikrar-ready" in result:
            page.meta["quiz_assets"] = True  # quiz.js provides the progress read API
        root = Path(config.config_file_path).parent
        log_findings(log, findings, root)
        if not findings:
            self._pledge_pages.add(page.url)
        return result

    def _readiness(self, page: Any, config: Any, files: Any) -> list[ReadinessBank]:
        if self._context is None or not self._context.quizzes_shown:
            return []
        catalog = self._context.catalog()

        def url_of(doc: str) -> str | None:
            target = files.get_file_from_path(doc)
            if target is None or not target.is_documentation_page():
                return None
            return target.url_relative_to(page.file)

        return readiness_banks(catalog, self._locale, url_of, nav_pages(config.nav))

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        if page.url not in self._pledge_pages:
            return output
        return link_assets(output, page.url, ASSET_SOURCE, ASSETS)

    def on_post_build(self, *, config: Any) -> None:
        if not self.config.enabled:
            return
        copy_assets(config.site_dir, ASSET_SOURCE, ASSETS)
