"""Runs the per-page checks of ``sosialisasi check`` in every build, keeps page text inert,
and tells readers when a page is past its review date.

Why a plugin: MkDocs drops a page's frontmatter silently when its YAML is invalid
(the page loses its title and dates) and passes raw HTML and ``javascript:`` links
through. Running the cheap per-page rules (F1xx, H1xx) here makes ``mkdocs build
--strict`` fail on them with file and line, whoever builds, even without running
``sosialisasi check``. The whole-site rules (links, translations, review dates)
stay in ``sosialisasi check``: a build must not start failing because a date passed.

static-i18n runs every event once per language: findings are logged by the outer
build only; the reviewed date is compared with the day the build runs
(``SOSIALISASI_TODAY`` overrides it).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from sosialisasi.check.notice import is_past, review_notice
from sosialisasi.check.rules import frontmatter, safety
from sosialisasi.check.settings import as_date, today
from sosialisasi.check.site import load_site
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.mkdocs.check.config import CheckConfig
from sosialisasi.mkdocs.check.markdown import SafeMarkdown
from sosialisasi.mkdocs.context import build_context, log_findings
from sosialisasi.project import Project
from sosialisasi.site.content import Content

log = logging.getLogger("mkdocs.plugins.sosialisasi.check")

# Frontmatter fields Material prints into the page as they are (titles, meta description).
TEXT_FIELDS = ("title", "description")


def page_findings(config_file: Path, content: Content | None = None) -> list[Diagnostic]:
    """Frontmatter and unsafe-text findings for every page the build renders.

    ``content`` is the build context's site model, so the pages are not read again.
    """
    project = Project.load(config_file)
    site = load_site(project, all_pages=True, content=content)
    found = frontmatter.check_site(site) + safety.check_site(site)
    return site.settings.apply([*found, *site.settings.diagnostics])


def refuse_unsafe_files(config_file: Path) -> None:
    """Stop the build before MkDocs walks or copies a symlink, a device or an HTML file.

    Not a strict-only finding: publishing such a file is the harm, so every build stops.
    """
    from sosialisasi.check.rules import files

    found = files.file_findings(Project.load(config_file))
    if found:
        lines = "\n".join(d.format(config_file.parent) for d in found)
        raise PluginError(f"files the site refuses to read or publish:\n{lines}")


class CheckPlugin(BasePlugin[CheckConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.today = dt.date.today()  # set by each build in on_config
        self._locale_of_build = ""

    def on_config(self, config: Any) -> None:
        if not self.config.enabled:
            return
        try:
            self.today = today()
        except ValueError as error:
            raise PluginError(str(error)) from None
        if self.config.safe_markdown and not any(
            isinstance(extension, SafeMarkdown) for extension in config.markdown_extensions
        ):
            config.markdown_extensions.append(SafeMarkdown(self.config.remote_images))
        context = build_context(config)
        self._locale_of_build = context.locale
        if context.is_outer:
            refuse_unsafe_files(Path(config.config_file_path))
        if self.config.page_checks and context.is_outer:
            config_file = Path(config.config_file_path)
            log_findings(log, page_findings(config_file, context.content()), config_file.parent)

    @event_priority(-100)  # last: after the region plugin rendered a templated title (100)
    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Any) -> str:
        """Title and description are text: Material prints them unescaped into the page."""
        if self.config.enabled and self.config.safe_markdown:
            for key in TEXT_FIELDS:
                value = page.meta.get(key)
                if isinstance(value, str) and not isinstance(value, Markup):
                    page.meta[key] = Markup.escape(value)
        return markdown

    def on_page_context(self, context: dict, *, page: Any, config: Any, nav: Any) -> dict:
        if not (self.config.enabled and self.config.review_notice):
            return context
        due = as_date(page.meta.get("review_by"))
        if due is not None:
            # Rendered on every dated page, hidden until due: boot.js shows it when the
            # reader's clock passes the date, so a site built earlier still tells them.
            context["sosialisasi_review"] = {
                "due": due.isoformat(),
                "text": review_notice(self._locale(config), due),
                "past": is_past(due, self.today),
            }
        return context

    def _locale(self, config: Any) -> str:
        return self._locale_of_build or str(config.theme.get("language") or "en")
