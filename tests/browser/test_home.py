"""The home pages in a real Chromium: language switch, privacy and accessibility."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import foreign
from tests.conftest import describe_violations

pytestmark = pytest.mark.browser


def test_switch_from_indonesian_to_english_home(page: Page, site_server: str, requests_seen):
    page.goto(site_server)
    expect(page.locator("html")).to_have_attribute("lang", "id")
    page.get_by_role("button", name="Pilih bahasa").click()
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(site_server + "en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Civil servant neutrality")
    assert requests_seen, "no request was recorded"
    assert not foreign(requests_seen), foreign(requests_seen)


@pytest.mark.parametrize("path", ["", "en/"])
def test_home_page_has_no_accessibility_violation(page: Page, site_server: str, axe, path: str):
    page.goto(site_server + path)
    violations = axe(page)
    assert not violations, describe_violations(violations)


@pytest.mark.parametrize(
    ("path", "word", "hits", "none"),
    [
        ("", "menandatangani", "ditemukan", "kerbau"),
        ("en/", "menandatangani", None, "No matching"),
    ],
)
def test_search_answers_in_the_reader_language(page: Page, site_server, path, word, hits, none):
    page.goto(site_server + path)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(word)
    meta = page.locator(".md-search-result__meta")
    if hits:
        expect(meta).to_contain_text(hits)
    else:
        expect(meta).to_contain_text(none)


def test_missing_page_gets_the_bilingual_404(page: Page, site_server: str):
    response = page.goto(site_server + "en/does-not-exist/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    expect(page.get_by_role("heading", name="Halaman tidak ditemukan")).to_be_visible()


@pytest.mark.parametrize("path", ["", "en/", "materi/sanksi/", "en/ikrar/"])
def test_pages_do_not_scroll_sideways_on_a_small_phone(browser, site_server: str, path: str):
    page = browser.new_page(viewport={"width": 360, "height": 740})
    try:
        page.goto(site_server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        page.close()
