"""Link previews for every page (``sosialisasi/share``): Open Graph and Twitter card tags
in the page head, and a preview image per page drawn at build time.

A thin adapter: the tags come from ``sosialisasi.share.meta``, the images from
``sosialisasi.share.card``. Tags need absolute URLs, so without ``site_url`` the pages
get none (and the build says so once).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.plugins import BasePlugin, event_priority

from sosialisasi.mkdocs.context import build_context
from sosialisasi.mkdocs.share.config import ShareConfig
from sosialisasi.mkdocs.site_data import region_name
from sosialisasi.share.card import Card, write_card
from sosialisasi.share.meta import (
    SharePage,
    first_paragraph,
    image_path,
    plain_text,
    share_tags,
)
from sosialisasi.site.languages import absolute_url

log = logging.getLogger("mkdocs.plugins.sosialisasi.share")


class SharePlugin(BasePlugin[ShareConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._region = ""
        self._locales: list[str] = []
        self._locale = ""
        self._drawn = self._cached = 0
        self._warned = False

    def on_config(self, config: Any) -> None:
        if not self.config.enabled:
            return
        context = build_context(config)
        self._locales = context.locales
        self._locale = context.locale
        if context.is_outer:  # once for all languages
            self._region = region_name(config)

    def _cache_dir(self, config: Any) -> Path:
        return Path(config.config_file_path).parent / self.config.cache_dir

    @event_priority(-60)  # after sosialisasi/i18n (-50) settled this page's alternates
    def on_page_context(self, context: dict, page: Any, config: Any, nav: Any) -> dict:
        if not self.config.enabled:
            return context
        site_url = config.site_url or ""
        if not site_url:
            if not self._warned:
                log.info("no site_url: pages get no link-preview tags (they need absolute URLs)")
                self._warned = True
            return context
        site_name = plain_text(config.site_name)
        title = plain_text(page.title) or site_name
        image_url = ""
        if self.config.cards:
            relative = f"{self.config.cards_dir.strip('/')}/{image_path(page.url)}"
            parts = urlsplit(absolute_url(site_url, page.url))
            card = Card(
                title=title,
                site_name=site_name,
                region=self._region,
                address=f"{parts.netloc}{parts.path}",
            )
            drawn = write_card(card, Path(config.site_dir) / relative, self._cache_dir(config))
            self._drawn += drawn
            self._cached += not drawn
            image_url = absolute_url(site_url, relative)
        share = SharePage(
            title=title,
            site_name=site_name,
            description=plain_text(page.meta.get("description") or config.site_description)
            or first_paragraph(page.content or ""),
            url=absolute_url(site_url, page.url),
            locale=self._locale,
            alternate_locales=[loc for loc in self._locales if loc != self._locale],
            image_url=image_url,
            image_alt=title,
            is_home=page.is_homepage or page.url in {f"{loc}/" for loc in self._locales},
        )
        context["sosialisasi_share"] = share_tags(share)
        return context

    @event_priority(-120)  # after static-i18n's post-build (-100) built the other languages
    def on_post_build(self, *, config: Any) -> None:
        if self.config.cards and build_context(config).is_outer and self._drawn + self._cached:
            log.info(
                "preview images: %d drawn, %d unchanged (from %s)",
                self._drawn,
                self._cached,
                self.config.cache_dir,
            )
            self._drawn = self._cached = 0
