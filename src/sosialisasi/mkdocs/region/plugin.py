"""MkDocs adapter for regional forks (``sosialisasi/region``).

The base mkdocs.yml lists this plugin; it does three things:

* **Templating** (every build): a page's Markdown is rendered over the region
  data (`sosialisasi.region.template`). In the national build the region is
  empty, so pages guard region text with ``{% if region %}``.
* **Overlay** (region builds): a region's mkdocs.yml INHERITs the base, so MkDocs
  resolves the base's ``docs_dir`` and ``custom_dir`` against the region folder.
  The region's ``content/`` and ``overrides/`` are therefore its own; this plugin
  adds the base content behind them (same path = replaced) and the base theme
  overrides behind the region's.
* **Region identity**: the per-language site name and a nav section for the
  region's own pages, so a region never copies the base ``plugins:`` or ``nav:``
  lists (lists are replaced, not merged, by INHERIT: copying them would turn every
  upstream change into a merge conflict).

static-i18n runs the whole build once per language: state is computed at the
outer build's ``on_config`` and reused by the inner one.
"""

from __future__ import annotations

import copy
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.mkdocs.context import build_context, log_findings
from sosialisasi.mkdocs.region.config import RegionConfig
from sosialisasi.project import read_config
from sosialisasi.region.model import EMPTY_REGION, Region
from sosialisasi.region.overlay import (
    Layout,
    added_pages,
    half_replacements,
    list_files,
    resolve_overlay,
    site_layout,
)
from sosialisasi.region.template import (
    PageInfo,
    TemplateProblem,
    has_template,
    render,
)
from sosialisasi.region.unfilled import CODE as UNFILLED
from sosialisasi.region.unfilled import group_unfilled
from sosialisasi.region.validate import load_region

log = logging.getLogger("mkdocs.plugins.sosialisasi.region")


@dataclass
class _BuildState:
    """What one `mkdocs build` (all its languages) knows about the region."""

    layout: Layout
    region: Region
    locales: list[str]
    default_locale: str
    site_name: str
    nav: Any
    region_pages: list[str]
    origin: dict[str, Path] = field(default_factory=dict)  # base file behind a src_uri
    reported_overlay: bool = False
    region_file: Path | None = None
    # Empty fields pages show (R123), reported once per field after every language.
    unfilled: list[Diagnostic] = field(default_factory=list)


def _i18n(config: Any) -> Any:
    return config.plugins.get("i18n")


def _locales(config: Any) -> tuple[list[str], str]:
    i18n = _i18n(config)
    if i18n is None:
        locale = config.theme.get("language") or "en"
        return [locale], locale
    languages = [lang for lang in i18n.config.languages if lang.build]
    default = next((lang.locale for lang in languages if lang.default), languages[0].locale)
    return [default] + [lang.locale for lang in languages if lang.locale != default], default


def _current_locale(config: Any, default: str) -> str:
    i18n = _i18n(config)
    return getattr(i18n, "current_language", None) or default


# mkdocs.yml settings Material prints as HTML; in this kit they are text. A Markup value
# is escaped once: Jinja's `| e` (used in some attributes) leaves it as it is.
TEXT_SETTINGS = ("site_name", "site_description", "site_author", "copyright")


def escape_text_settings(config: Any) -> dict[str, str]:
    """Escape, exactly once, every text setting a (regional) mkdocs.yml gives the theme.

    Returns the plain values: static-i18n only overrides a setting of type ``str`` for
    the next language, so they are put back after each language's build.
    """
    plain: dict[str, str] = {}
    for key in TEXT_SETTINGS:
        value = config.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            plain[key] = value
            config[key] = Markup.escape(value)
    return plain


class RegionPlugin(BasePlugin[RegionConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._state: _BuildState | None = None
        self._plain_settings: dict[str, str] = {}

    # -- configuration ---------------------------------------------------------------------
    def _report(self, diagnostics: list[Diagnostic], root: Path) -> None:
        log_findings(log, diagnostics, root)

    def _region_file(self, config: Any) -> Path | None:
        name = self.config.region_file or config.extra.get("region_file")
        if not name:
            return None
        # Not resolved: a linked region file must be seen (and refused) as a link.
        return Path(os.path.abspath(Path(config.config_file_path).parent / str(name)))

    def _prepare(self, config: Any) -> _BuildState:
        layout = site_layout(Path(config.config_file_path))
        locales, default = _locales(config)
        region = EMPTY_REGION
        region_file = self._region_file(config)
        root = layout.base_config_path.parent
        if region_file is not None:
            loaded, found = load_region(
                region_file,
                slug=region_file.parent.name,
                locales=locales,
                content_dir=Path(config.docs_dir),
            )
            self._report(found, root)
            if loaded is None:
                raise PluginError(
                    "the region file cannot be used: "
                    + "; ".join(d.format(root) for d in found if d.severity == Severity.ERROR)
                )
            region = loaded
            if str(region_file) not in config.watch:
                config.watch.append(str(region_file))
        pages: list[str] = []
        if layout.is_region:
            overlay = resolve_overlay(
                list_files(layout.base_docs_dir), list_files(layout.docs_dir), locales, default
            )
            pages = added_pages(overlay, locales, default)
            for folder in (layout.base_docs_dir, layout.base_custom_dir):
                if folder is not None and str(folder) not in config.watch:
                    config.watch.append(str(folder))
        return _BuildState(
            layout=layout,
            region=region,
            locales=locales,
            default_locale=default,
            site_name=str(read_config(layout.config_path).get("site_name") or config.site_name),
            nav=copy.deepcopy(config.nav),
            region_pages=pages,
            region_file=region_file if region.configured else None,
        )

    @event_priority(-110)  # after static-i18n (-100) applied this language's config overrides
    def on_config(self, config: Any) -> Any:
        if not self.config.enabled:
            return config
        i18n = _i18n(config)
        if self._state is None or not getattr(i18n, "building", False):
            self._state = self._prepare(config)  # the outer build; inner ones reuse it
        state = self._state
        locale = _current_locale(config, state.default_locale)
        if state.region.configured:
            name = state.region.site_name.get(locale)
            config.site_name = name or state.site_name
        self._plain_settings = escape_text_settings(config)
        if state.layout.is_region:
            self._stack_theme_dirs(config, state.layout)
            config.nav = self._nav(state, locale)
        return config

    def _stack_theme_dirs(self, config: Any, layout: Layout) -> None:
        """Region overrides first, then the base's, then everything else (static-i18n, Material)."""
        mine = [d for d in (layout.custom_dir, layout.base_custom_dir) if d is not None]
        rest = [d for d in config.theme.dirs if Path(d).resolve() not in mine]
        config.theme.dirs = [str(d) for d in mine if d.is_dir()] + rest

    def _nav(self, state: _BuildState, locale: str) -> Any:
        if state.nav is None or not state.region_pages:
            return copy.deepcopy(state.nav)
        region = state.region
        title = (
            region.nav_title.get(locale)
            or region.short_name
            or region.name
            or state.layout.config_path.parent.name
        )
        nav = copy.deepcopy(state.nav)
        position = max(0, min(self.config.nav_position, len(nav)))
        # Region data is text: Material prints a nav title as HTML, so it is escaped here once.
        nav.insert(position, {Markup.escape(title): list(state.region_pages)})
        return nav

    @event_priority(0)  # before static-i18n (-100) reconfigures for the next language
    def _restore_settings(self, config: Any) -> None:
        for key, value in self._plain_settings.items():
            config[key] = value
        self._plain_settings = {}

    # -- files -----------------------------------------------------------------------------
    @event_priority(-50)  # before static-i18n (-100) sorts files into languages
    def _overlay_files(self, files: Files, config: Any) -> Files:
        state = self._state
        if not self.config.enabled or state is None or not state.layout.is_region:
            return files
        layout = state.layout
        docs_dir = Path(config.docs_dir).resolve()
        region_files = [
            f.src_uri
            for f in files
            if f.abs_src_path and Path(f.abs_src_path).is_relative_to(docs_dir)
        ]
        overlay = resolve_overlay(
            list_files(layout.base_docs_dir), region_files, state.locales, state.default_locale
        )
        for src_uri in overlay.inherited:
            shadowed = files.get_file_from_path(src_uri)
            if shadowed is not None:  # a theme file of the same path: content wins, as in MkDocs
                files.remove(shadowed)
            # Placed in the region's docs dir for static-i18n, which only sorts files found
            # there; `_point_at_base` sets the real source once static-i18n is done.
            files.append(File(src_uri, str(docs_dir), config.site_dir, config.use_directory_urls))
            state.origin[src_uri] = layout.base_docs_dir / src_uri
        if not state.reported_overlay:
            state.reported_overlay = True
            name = layout.config_path.parent.name
            for region_path, base_path in overlay.replacing:
                log.info("region '%s' replaces base page %s with %s", name, base_path, region_path)
            root = layout.base_config_path.parent
            self._report(
                half_replacements(overlay, state.locales, state.default_locale, layout.docs_dir),
                root,
            )
        return files

    @event_priority(-110)  # after static-i18n rebuilt the File objects
    def _point_at_base(self, files: Files, config: Any) -> Files:
        state = self._state
        if state is None or not state.origin:
            return files
        for file in files:
            origin = state.origin.get(file.src_uri)
            if origin is not None and file.abs_src_path and not Path(file.abs_src_path).exists():
                file.abs_src_path = str(origin)
        return files

    on_files = CombinedEvent(_overlay_files, _point_at_base)

    # -- pages -----------------------------------------------------------------------------
    @event_priority(100)  # first: only what the author wrote is a template
    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Files) -> str:
        state = self._state
        if not self.config.enabled or state is None:
            return markdown
        title = page.meta.get("title")
        if not has_template(markdown) and not (isinstance(title, str) and has_template(title)):
            return markdown
        source = Path(page.file.abs_src_path or state.origin.get(page.file.src_uri, ""))
        offset, title_line = 0, 1
        model = build_context(config).content().page_at(source)  # read once per build
        if model is not None:
            offset = model.meta.markdown_line - 1
            title_line = model.meta.lines.get("title", 1)
        info = PageInfo(
            locale=_current_locale(config, state.default_locale),
            file=source,
            src_uri=page.file.src_uri,
            line_offset=offset,
        )
        root = state.layout.base_config_path.parent
        try:
            if isinstance(title, str) and has_template(title):
                title_info = PageInfo(info.locale, source, info.src_uri, title_line - 1)
                page.meta["title"], found = render(title, state.region, title_info, markdown=False)
                self._report_page(found, root)
            markdown, found = render(markdown, state.region, info)
        except TemplateProblem as problem:
            raise PluginError(problem.diagnostic.format(root)) from None
        self._report_page(found, root)
        return markdown

    def _report_page(self, found: list[Diagnostic], root: Path) -> None:
        """A page's findings; its empty fields wait to be reported per field at the end."""
        state = self._state
        if state is None or state.region_file is None:
            self._report(found, root)
            return
        state.unfilled += [d for d in found if d.code == UNFILLED]
        self._report([d for d in found if d.code != UNFILLED], root)

    @event_priority(-110)  # after static-i18n (-100) built every language
    def _report_unfilled(self, config: Any) -> None:
        state = self._state
        if not self.config.enabled or state is None or getattr(_i18n(config), "building", False):
            return
        if state.region_file is not None and state.unfilled:
            root = state.layout.base_config_path.parent
            self._report(group_unfilled(state.unfilled, state.region_file, root), root)
        state.unfilled = []

    on_post_build = CombinedEvent(_restore_settings, _report_unfilled)
