"""One build context per outer ``mkdocs build``, shared by every sosialisasi plugin.

static-i18n builds the site once per language, re-running every plugin event on the
same config object. What does not change between those language builds lives here,
made once when the outer build starts and reused by the language builds: the site's
languages, its content (each page read once, ``sosialisasi.site.content``) and its
quiz catalog. This module is the only place that reads static-i18n's state
(``building``, ``current_language``); plugins ask the context, never each other.

A plugin that adds a line under every quiz registers it in ``quiz_footers``; the quiz
plugin renders it inside the quiz, so no plugin edits another plugin's HTML.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.quiz.catalog import DEFAULT_REFERENCES_PAGE, Catalog, load_catalog
from sosialisasi.quiz.folders import quiz_folders
from sosialisasi.quiz.model import Bank
from sosialisasi.site.content import Content, load_content
from sosialisasi.site.languages import Language

# (the page being built, the bank shown on it) -> a line to show under the quiz
QuizFooter = Callable[[Any, Bank], Markup | None]


def site_languages(config: Any) -> list[Language]:
    """Languages configured on the static-i18n plugin, default first."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [Language(locale=config.theme.get("language", "en"), name="", default=True)]
    langs = [
        Language(locale=lang.locale, name=lang.name, default=bool(lang.default))
        for lang in i18n.config.languages
        if lang.build
    ]
    return sorted(langs, key=lambda lang: not lang.default)


@dataclass
class BuildContext:
    """What one outer build and all its language builds share."""

    config: Any
    languages: list[Language]
    quiz_footers: dict[str, QuizFooter] = field(default_factory=dict)  # by plugin name
    # Where the banks are: set by the quiz plugin from its options (these are its defaults).
    quizzes_dir: str = "quizzes"
    references_page: str = DEFAULT_REFERENCES_PAGE
    quizzes_shown: bool = False  # the quiz plugin is on: pages show their quizzes
    _catalogs: dict[tuple[str, str], Catalog] = field(default_factory=dict)
    _content: Content | None = None

    @property
    def config_file(self) -> Path:
        return Path(self.config.config_file_path)

    @property
    def locales(self) -> list[str]:
        return [lang.locale for lang in self.languages]

    @property
    def default_locale(self) -> str:
        return self.languages[0].locale

    @property
    def current_language(self) -> Language:
        """The language being built now."""
        i18n = self.config.plugins.get("i18n")
        locale = getattr(i18n, "current_language", None) or self.default_locale
        return next((lang for lang in self.languages if lang.locale == locale), self.languages[0])

    @property
    def locale(self) -> str:
        return self.current_language.locale

    @property
    def is_outer(self) -> bool:
        """True in the first (outer) build; False in static-i18n's extra language builds."""
        return not inner_build(self.config)

    def content(self) -> Content:
        """The site's pages, listed once per outer build (read lazily, once each)."""
        if self._content is None:
            folders = quiz_folders(self.config_file, self.quizzes_dir)
            self._content = load_content(folders.docs_dirs, self.locales)
        return self._content

    def catalog(self) -> Catalog:
        """The quiz catalog, loaded once per outer build over the shared content."""
        key = (self.quizzes_dir, self.references_page)
        if key not in self._catalogs:
            folders = quiz_folders(self.config_file, self.quizzes_dir)
            self._catalogs[key] = load_catalog(
                folders.docs_dirs,
                folders.quizzes_dirs,
                self.locales,
                references_page=self.references_page,
                content=self.content(),
            )
        return self._catalogs[key]

    def quiz_footer(self, page: Any, bank: Bank) -> Markup | None:
        lines = [line for hook in self.quiz_footers.values() if (line := hook(page, bank))]
        return Markup("\n").join(lines) if lines else None


def inner_build(config: Any) -> bool:
    """True inside static-i18n's extra per-language builds."""
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))


_CURRENT: list[BuildContext] = []  # at most one: the build in progress


def build_context(config: Any) -> BuildContext:
    """The context of the build ``config`` belongs to; made by the first plugin to ask.

    A new outer build (``mkdocs serve`` loads a fresh config for each rebuild) gets a
    new context; the language builds, which reuse the config object, reuse it.
    """
    if _CURRENT and _CURRENT[0].config is config:
        return _CURRENT[0]
    context = BuildContext(config=config, languages=site_languages(config))
    _CURRENT[:] = [context]
    return context


_LEVELS = {Severity.ERROR: logging.ERROR, Severity.WARNING: logging.WARNING}


def log_findings(log: logging.Logger, findings: Iterable[Diagnostic], root: Path) -> None:
    """Log each finding at its severity's level (so ``--strict`` fails on warnings)."""
    for finding in findings:
        log.log(_LEVELS.get(finding.severity, logging.INFO), finding.format(root))
