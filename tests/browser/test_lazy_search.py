"""Search loads on demand: a page view fetches neither the index nor the search worker
until the reader opens search, and then search answers in the reader's language."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def _search_requests(urls: list[str]) -> list[str]:
    return [u for u in urls if "search_index" in u or "/workers/search." in u]


@pytest.mark.parametrize(
    ("path", "index", "word", "found"),
    [
        ("materi/larangan/", "search/search_index.json", "menandatangani", "ditemukan"),
        ("en/materi/larangan/", "en/search/search_index.json", "prohibited", "matching"),
    ],
)
def test_search_loads_when_opened_and_answers(
    page: Page, site_server: str, requests_seen, path, index, word, found
):
    page.goto(site_server + path)
    page.wait_for_load_state("networkidle")
    assert _search_requests(requests_seen) == [], "search loaded before the reader asked"

    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(word)
    expect(page.locator(".md-search-result__meta")).to_contain_text(found)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    loaded = _search_requests(requests_seen)
    assert site_server + index in loaded
    assert any("/workers/search." in u for u in loaded)


def test_keyboard_shortcut_opens_search_and_loads_it(page: Page, site_server: str, requests_seen):
    page.goto(site_server + "materi/sanksi/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    page.keyboard.type("hukuman")
    expect(page.locator(".md-search-result__meta")).to_contain_text("ditemukan")
    assert site_server + "search/search_index.json" in requests_seen


def test_a_highlight_link_loads_search_at_once(page: Page, site_server: str, requests_seen):
    """Material highlights ?h= words with the index's settings: it cannot wait."""
    page.goto(site_server + "materi/sanksi/?h=sanksi")
    expect(page.locator(".md-content mark").first).to_be_visible()
    assert site_server + "search/search_index.json" in requests_seen


@pytest.mark.parametrize(
    ("path", "word"),
    [
        ("en/materi/jadwal/", "timeline"),
        ("en/materi/larangan/", "Prohibited"),
        ("materi/jadwal/", "tahapan"),
    ],
)
def test_a_word_of_the_page_title_finds_the_page(page: Page, site_server: str, path, word):
    """Material searches each word as a prefix: the index must hold whole words."""
    page.goto(site_server + path)
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(word)
    link = page.locator(f'.md-search-result__item a[href*="{path.removeprefix("en/")}"]')
    expect(link.first).to_be_attached()
