"""MkDocs adapter for the browser editor (``sosialisasi/editor``): writes ``admin/``.

A site with an ``extra.editor`` block gets ``/admin/``: the vendored Decap CMS, a
``config.yml`` generated from the region model (`sosialisasi.editor`), and a page
with the editor's own Content-Security-Policy. Written once, after the last
language is built, so static-i18n never copies it per language.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from sosialisasi.editor.admin import write_admin
from sosialisasi.editor.decap import SitePaths, admin_csp, decap_config
from sosialisasi.editor.settings import EditorSettings, SettingsError, parse_settings
from sosialisasi.mkdocs.context import build_context
from sosialisasi.mkdocs.editor.config import EditorConfig
from sosialisasi.mkdocs.offline.plugin import material_offline
from sosialisasi.project import read_config
from sosialisasi.site.layout import site_layout

log = logging.getLogger("mkdocs.plugins.sosialisasi.editor")


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        raise PluginError(
            f"editor: {path} is outside the repository {root}; the editor can only "
            "edit files of the repository it commits to"
        ) from None


def site_paths(config: Any) -> tuple[SitePaths, dict[str, Any]]:
    """Where the editor's files are: the site model's layout and the build's languages.

    The one place this plugin asks where the site's files are; it reads none of them.
    """
    layout = site_layout(Path(config.config_file_path))
    root = layout.base_config_path.parent.resolve()
    region_file = config.extra.get("region_file")
    context = build_context(config)
    locales, default = tuple(context.locales), context.default_locale
    paths = SitePaths(
        region_file=_relative(layout.config_path.parent / str(region_file), root)
        if region_file
        else "",
        content_dir=_relative(Path(config.docs_dir), root),
        locales=locales,
        default_locale=default,
        site_url=str(config.site_url or ""),
    )
    base_editor = read_config(layout.base_config_path).get("extra", {}) or {}
    return paths, (base_editor.get("editor") if layout.is_region else None) or {}


def _own_settings(settings: EditorSettings, base: Any) -> EditorSettings:
    """A region that inherits the national site's repo would commit to the national
    repository: it edits locally only until it names its own."""
    if isinstance(base, dict) and settings.repo and settings.repo == str(base.get("repo", "")):
        log.warning(
            "editor: extra.editor.repo '%s' is the national site's; set this region's own "
            "repo in its mkdocs.yml (until then /admin/ edits only on this computer)",
            settings.repo,
        )
        return EditorSettings(**{**settings.__dict__, "repo": ""})
    return settings


class EditorPlugin(BasePlugin[EditorConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._settings: EditorSettings | None = None

    def on_config(self, config: Any) -> Any:
        i18n = config.plugins.get("i18n")
        if getattr(i18n, "building", False):
            return config  # an inner language build: the outer one decided
        self._settings = None
        if not self.config.enabled:
            return config
        try:
            self._settings = parse_settings(config.extra.get("editor"))
        except SettingsError as error:
            raise PluginError(str(error)) from None
        if self._settings is not None and material_offline(config):
            # The offline bundle opens from file://, where no editor can log in or save.
            log.info("editor: not in the offline bundle")
            self._settings = None
        return config

    @event_priority(-200)  # after static-i18n built the other languages
    def on_post_build(self, config: Any) -> None:
        i18n = config.plugins.get("i18n")
        if self._settings is None or getattr(i18n, "building", False):
            return
        paths, base = site_paths(config)
        settings = _own_settings(self._settings, base)
        if not settings.repo:
            log.info(
                "editor: no extra.editor.repo yet: /admin/ works on this computer only "
                "(make edit REGION=…)"
            )
        site_dir = Path(config.site_dir)
        css = sorted(
            f"../{p.relative_to(site_dir).as_posix()}"
            for p in (site_dir / "assets" / "stylesheets").glob("*.min.css")
        )
        # The theme overrides' own stylesheet ("belum diisi" markers), then extra_css.
        css += [
            f"../{p.relative_to(site_dir).as_posix()}"
            for p in (site_dir / "assets" / "sosialisasi").glob("site.css")
        ]
        css += [f"../{str(extra).lstrip('/')}" for extra in config.extra_css]
        write_admin(site_dir, decap_config(settings, paths), admin_csp(settings), css)
