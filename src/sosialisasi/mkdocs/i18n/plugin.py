"""Completes mkdocs-static-i18n for a bilingual Material site.

static-i18n builds every language but leaves gaps this plugin closes: one merged
search index (readers get hits in the other language), relative hreflang
alternates without ``x-default``, home-page switcher links that are absolute
paths (they break under another deploy path and on ``file://``), and a single
404 page carrying the chrome of whichever language was built last. It also makes
Material's markup valid HTML (see ``sosialisasi.site.markup``).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from sosialisasi.mkdocs.context import site_languages
from sosialisasi.mkdocs.i18n import quiet
from sosialisasi.mkdocs.i18n.config import I18nConfig
from sosialisasi.site.languages import Language, absolute_url, relative_url, site_relative
from sosialisasi.site.markup import valid_material_markup
from sosialisasi.site.search_index import split_index

__all__ = ["I18nPlugin", "site_languages"]

log = logging.getLogger("mkdocs.plugins.sosialisasi.i18n")


def _set_alternates(config: Any, alternates: list[dict]) -> None:
    # static-i18n sets the page's alternates as an attribute of `extra`, which Jinja
    # reads before the mapping key of the same name: keep both in step.
    config.extra.alternate = alternates
    config.extra["alternate"] = alternates


class I18nPlugin(BasePlugin[I18nConfig]):
    languages: list[Language]

    def __init__(self) -> None:
        super().__init__()
        # Survives the per-language builds (each one calls on_config again).
        self._not_found: dict[str, bytes] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._notes = quiet.install()  # before static-i18n's on_config logs them

    def on_config(self, config: Any) -> None:
        self.languages = site_languages(config)
        if not hasattr(self, "_notes"):  # a build without on_startup (MkDocs API)
            self._notes = quiet.install()

    def _building_prefix(self, config: Any) -> str:
        i18n = config.plugins.get("i18n")
        locale = getattr(i18n, "current_language", None)
        return next((lang.prefix for lang in self.languages if lang.locale == locale), "")

    @event_priority(-50)  # after static-i18n (50) has set this page's alternates
    def on_page_context(self, context: dict, page: Any, config: Any, nav: Any) -> dict:
        if not self.config.enabled:
            return context
        site_url = config.site_url or ""
        context["sosialisasi_lang_root"] = relative_url(page.url, self._building_prefix(config))
        alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []
        switcher, absolute = [], []
        for alt in alternates:
            if alt.get("lang") == "x-default":
                continue
            local = site_relative(alt.get("link", ""), site_url)
            switcher.append({**alt, "link": local})  # the template's `url` filter relativises
            absolute.append({**alt, "link": absolute_url(site_url, local)})
        context["sosialisasi_switcher"] = switcher
        if self.config.hreflang and site_url and absolute:
            default = next(lang for lang in self.languages if lang.default)
            x_default = next((a for a in absolute if a.get("lang") == default.locale), None)
            if x_default:
                absolute.append({**x_default, "lang": "x-default"})
            _set_alternates(config, absolute)
        return context

    @event_priority(-100)  # last: every other plugin has written its markup
    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        return valid_material_markup(output) if self.config.enabled else output

    @event_priority(-100)
    def on_post_template(self, output_content: str, template_name: str, config: Any) -> str:
        if self.config.enabled and template_name.endswith(".html"):
            return valid_material_markup(output_content)  # 404.html
        return output_content

    @event_priority(-50)
    def on_template_context(self, context: dict, template_name: str, config: Any) -> dict:
        if self.config.enabled and template_name == "404.html":
            # A 404 has no translation of its own: no hreflang, no switcher. Without this
            # it carries the alternates of whichever page was rendered last.
            _set_alternates(config, [])
        return context

    @event_priority(0)  # inside each language's build, before static-i18n starts the next one
    def _keep_not_found(self, config: Any) -> None:
        page = Path(config.site_dir) / "404.html"
        if self.config.enabled and page.is_file():
            self._not_found[self._building_prefix(config)] = page.read_bytes()

    @event_priority(-110)  # after static-i18n's final post-build (-100) ran every language
    def _finish(self, config: Any) -> None:
        i18n = config.plugins.get("i18n")
        if not self.config.enabled or (i18n is not None and getattr(i18n, "building", False)):
            return  # an inner per-language build: the site is not complete yet
        site_dir = Path(config.site_dir)
        for prefix, content in self._not_found.items():
            (site_dir / prefix / "404.html").write_bytes(content)
        self._not_found.clear()
        if self.config.split_search:
            self._split_search(site_dir)
        if self._notes.held:
            log.info(quiet.EXPLANATION)
            self._notes.held = 0

    on_post_build = CombinedEvent(_keep_not_found, _finish)

    def _split_search(self, site_dir: Path) -> None:
        merged_path = site_dir / "search" / "search_index.json"
        if not merged_path.is_file() or len(self.languages) < 2:
            return
        merged = json.loads(merged_path.read_text(encoding="utf-8"))
        for prefix, part in split_index(merged, self.languages).items():
            target = site_dir / prefix / "search" / "search_index.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(part, ensure_ascii=False, separators=(",", ":")), "utf-8")
            log.info("search index for '%s': %d entries", prefix or "/", len(part["docs"]))
