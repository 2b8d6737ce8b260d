"""Pages whose frontmatter says ``handout: true`` print as one A4 sheet.

Adds handout.css (print layout) to those pages only and the foot line from
``sosialisasi.handout``. On every page it marks source codes ("S85") so that print
leaves them out (``sosialisasi.handout.citations``; the rule is in site.css). A page
keeps working without this plugin (plain Material shows it as an ordinary page), which
is why handouts are marked by a frontmatter key rather than a theme template.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin

from sosialisasi.handout import source_line
from sosialisasi.handout.citations import mark_source_codes
from sosialisasi.mkdocs.assets import copy_assets, link_assets
from sosialisasi.mkdocs.handout.config import HandoutConfig

ASSET_SOURCE = Path(__file__).resolve().parents[2] / "handout" / "assets"
ASSETS = ("handout.css",)


class HandoutPlugin(BasePlugin[HandoutConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._locale = ""

    def on_config(self, config: Any) -> None:
        i18n = config.plugins.get("i18n")
        self._locale = getattr(i18n, "current_language", None) or config.theme.get("language")

    def _is_handout(self, page: Any) -> bool:
        return self.config.enabled and page.meta.get(self.config.meta_key) is True

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        if not self.config.enabled:
            return html
        html = mark_source_codes(html)  # every page prints without "(S85; S81)"
        if not self._is_handout(page):
            return html
        address = (config.site_url or "") + page.url if config.site_url else page.url
        foot = source_line(
            config.site_name, address, page.meta.get("last_reviewed"), self._locale or "en"
        )
        return f"{html}\n{foot}"

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        if not self._is_handout(page):
            return output
        return link_assets(output, page.url, ASSET_SOURCE, ASSETS)

    def on_post_build(self, *, config: Any) -> None:
        if self.config.enabled:
            copy_assets(config.site_dir, ASSET_SOURCE, ASSETS)
