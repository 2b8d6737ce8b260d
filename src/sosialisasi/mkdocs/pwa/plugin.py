"""Readable offline after one visit, installable on Android (``sosialisasi/pwa``).

After the last language is built, each language root gets ``manifest.webmanifest``, two
icons and ``sw.js`` (``sosialisasi.pwa``): the worker keeps that language's pages, the
shared assets, its search index and the quiz assets. Pages link the manifest and
``boot.js`` registers the worker over http(s) only: the offline bundle (file://) has none.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin, event_priority

from sosialisasi.mkdocs.context import build_context
from sosialisasi.mkdocs.pwa.config import PwaConfig
from sosialisasi.pwa.manifest import ICON_SIZES, THEME_COLOR, icon, initials, manifest
from sosialisasi.pwa.precache import SW_FILE, precache, service_worker
from sosialisasi.share.meta import plain_text

log = logging.getLogger("mkdocs.plugins.sosialisasi.pwa")

MANIFEST_FILE = "manifest.webmanifest"


class PwaPlugin(BasePlugin[PwaConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._names: dict[str, tuple[str, str]] = {}  # locale -> (site name, description)

    @event_priority(-120)  # after static-i18n (-100) and the region plugin (-110) named it
    def on_config(self, config: Any) -> None:
        if not self.config.enabled:
            return
        context = build_context(config)
        if context.is_outer:
            self._names = {}
        self._names[context.locale] = (
            plain_text(config.site_name),
            plain_text(config.site_description),
        )

    def on_page_context(self, context: dict, page: Any, config: Any, nav: Any) -> dict:
        if self.config.enabled:
            context["sosialisasi_pwa"] = {
                "manifest": MANIFEST_FILE,
                "sw": SW_FILE,
                "theme_color": THEME_COLOR,
            }
        return context

    @event_priority(-120)  # after static-i18n's post-build (-100) built every language
    def on_post_build(self, *, config: Any) -> None:
        context = build_context(config)
        if not self.config.enabled or not context.is_outer:
            return
        site_dir = Path(config.site_dir)
        languages = context.languages
        prefixes = [lang.prefix for lang in languages]
        for lang in languages:
            root = site_dir / lang.prefix
            name, description = self._names.get(lang.locale, (plain_text(config.site_name), ""))
            root.mkdir(parents=True, exist_ok=True)
            (root / MANIFEST_FILE).write_text(
                manifest(
                    name=name,
                    short_name=self.config.short_name or name,
                    description=description,
                    locale=lang.locale,
                ),
                encoding="utf-8",
            )
            for size in ICON_SIZES:
                (root / f"icon-{size}.png").write_bytes(icon(size, initials(name)))
        for lang in languages:
            cache = precache(
                site_dir,
                lang.prefix,
                prefixes,
                directory_urls=bool(config.use_directory_urls),
                leave_out=self.config.leave_out,
            )
            (site_dir / lang.prefix / SW_FILE).write_text(service_worker(cache), encoding="utf-8")
            log.info(
                "offline reading for '%s': %d files, version %s",
                lang.locale,
                len(cache.urls),
                cache.version,
            )
