"""Hostile page text, quiz text and region data in a real Chromium: no dialog opens, no script
runs, no error is thrown, even served WITHOUT the Content-Security-Policy (GitHub Pages
and most static hosts cannot send one), so the guarantee comes from the rendering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import foreign
from tests.check.test_inert_build import INERT, REGION
from tests.helpers import mkdocs_build, serve

pytestmark = pytest.mark.browser

# Every payload assigns window.__pwned (or parent.__pwned); the trap records each write.
PROBE = """
Object.defineProperty(window, '__pwned', {
  configurable: false,
  set(value) { (window.__hits = window.__hits || []).push(String(value)); },
  get() { return window.__hits; },
});
"""


@pytest.fixture(scope="module")
def hostile_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The inert fixture and its region, built without --strict (which refuses them)."""
    urls: dict[str, str] = {}
    servers = []
    for name, config in (("site", INERT / "mkdocs.yml"), ("region", REGION)):
        site = tmp_path_factory.mktemp(f"inert-{name}")
        result = mkdocs_build(config, site, strict=False)
        assert result.returncode == 0, result.stderr[-3000:]
        servers.append(serve(Path(site)))  # no security headers on purpose
        urls[name] = servers[-1].__enter__()
    try:
        yield urls
    finally:
        for server in servers:
            server.__exit__(None, None, None)


def provoke(page: Page) -> None:
    """Do what a reader might: hover and click everything in the article, answer the quiz."""
    page.wait_for_load_state("load")
    for element in page.locator("article *:visible").all()[:400]:
        element.hover(timeout=2000, force=True)
    for link in page.locator("article a:not([href])").all():
        link.click(timeout=2000, force=True)
    for fieldset in page.locator("fieldset.sq-q").all():
        fieldset.locator("input").first.check()
        fieldset.locator(".sq-check").click()
        for details in fieldset.locator("details").all():
            details.evaluate("d => d.open = true")
    page.wait_for_timeout(300)  # let an onerror/onload fire if one slipped through


@pytest.mark.parametrize(
    ("site", "path"),
    [
        ("site", "jahat/"),
        ("site", "en/jahat/"),
        ("region", "daerah/"),
        ("region", "en/daerah/"),
        ("region", ""),
    ],
)
def test_hostile_input_never_runs(browser: Browser, hostile_sites, site: str, path: str):
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(PROBE)
    dialogs: list[str] = []
    errors: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(hostile_sites[site] + path)
        provoke(page)
        hits = page.evaluate("window.__hits || []")
        handlers = page.evaluate(
            """() => [...document.querySelectorAll('*')].flatMap(el =>
                 [...el.attributes].filter(a => a.name.startsWith('on'))
                   .map(a => el.tagName + ' ' + a.name))"""
        )
        inline = page.evaluate(
            "() => [...document.scripts].filter(s => !s.src && s.type !== 'application/json')"
            ".map(s => s.textContent.slice(0, 60))"
        )
        text = page.locator("article").inner_text()
    finally:
        context.close()
    assert hits == [], f"payloads ran: {hits}"
    assert dialogs == [], f"dialogs opened: {dialogs}"
    assert errors == [], errors
    assert handlers == [], handlers
    assert inline == [], inline
    assert not foreign(requests), foreign(requests)
    if site == "site":
        assert "<script>" in text and "onerror=" in text  # shown to the reader as text
