"""Completes Material's ``offline`` plugin for a bilingual site opened from ``file://``.

Material's offline plugin (enabled for ``sosialisasi bundle``) turns off directory
URLs (``use_directory_urls``), but only when its own turn comes, after the sosialisasi
plugins have read the setting. It inlines the search index as
``search/search_index.js``, but it loads its Web Worker shim from a CDN and inlines
the merged index of every language. When it is enabled, this plugin:

* turns directory URLs off first (priority 10), so every link a plugin computes
  (trainer tools, quiz links) names ``…/index.html``: a link ending in ``/`` opens a
  folder listing over ``file://``, not the page;
* names the vendored iframe-worker shim in ``extra.polyfills`` (so Material adds no
  CDN script) and writes it, with its licence, to ``assets/vendor/iframe-worker/``;
* writes ``search_index.js`` beside every per-language ``search_index.json`` that
  ``sosialisasi/i18n`` split, so each language searches its own pages offline.

When Material's offline plugin is off, this plugin does nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from sosialisasi.mkdocs.offline.config import OfflineConfig

log = logging.getLogger("mkdocs.plugins.sosialisasi.offline")

VENDOR = Path(__file__).resolve().parents[2] / "bundle" / "vendor" / "iframe-worker"
SHIM = "assets/vendor/iframe-worker/shim.js"
LICENSE = "assets/vendor/iframe-worker/LICENSE.txt"


def material_offline(config: Any) -> Any:
    """Material's offline plugin when it is configured and enabled, else None."""
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    if plugin is None or not plugin.config.enabled:
        return None
    return plugin


class OfflinePlugin(BasePlugin[OfflineConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.active = False

    @event_priority(10)  # before Material's offline plugin adds its CDN shim
    def on_config(self, config: Any) -> None:
        self.active = bool(self.config.enabled and material_offline(config))
        if not self.active:
            return
        config.use_directory_urls = False  # what Material's plugin does, before others read it
        polyfills = list(config.extra.get("polyfills") or [])
        if SHIM not in polyfills:
            polyfills.append(SHIM)
        config.extra["polyfills"] = polyfills

    def _write_shim(self, config: Any) -> None:
        if not self.active:
            return
        site = Path(config.site_dir)
        (site / SHIM).parent.mkdir(parents=True, exist_ok=True)
        (site / SHIM).write_bytes((VENDOR / "shim.js").read_bytes())
        (site / LICENSE).write_bytes((VENDOR / "LICENSE.md").read_bytes())

    @event_priority(-120)  # after sosialisasi/i18n split the index per language (-110)
    def _search_scripts(self, config: Any) -> None:
        i18n = config.plugins.get("i18n")
        if not self.active or (i18n is not None and getattr(i18n, "building", False)):
            return  # an inner per-language build: the indexes are not split yet
        site = Path(config.site_dir)
        for index in sorted(site.glob("**/search/search_index.json")):
            script = index.with_suffix(".js")
            script.write_text(f"var __index = {index.read_text(encoding='utf-8')}", "utf-8")
            log.info("offline search index: %s", script.relative_to(site))

    on_post_build = CombinedEvent(_write_shim, _search_scripts)
