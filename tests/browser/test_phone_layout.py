"""Phone layout (360×740, touch), both languages: page titles without a blank band
under them, and the pledge preview's labels never split mid-word."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}

TITLE_HEIGHTS = """() => {
  const h1 = document.querySelector('.md-content h1');
  const before = h1.getBoundingClientRect().height;
  h1.querySelectorAll('.headerlink').forEach(a => a.remove());
  return [before, h1.getBoundingClientRect().height];
}"""


@pytest.mark.parametrize(
    "path", ["", "en/", "materi/netralitas/", "en/materi/netralitas/", "materi/larangan/"]
)
def test_the_permalink_adds_no_line_under_a_title(browser: Browser, site_server: str, path: str):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_server + path)
    with_link, without = page.evaluate(TITLE_HEIGHTS)
    assert with_link == without, f"the ¶ adds {with_link - without}px under the title"
    context.close()


LABEL_LINES = """() => [...document.querySelectorAll('.ikrar-sheet__identity th')].map(th => {
  const range = document.createRange();
  range.selectNodeContents(th);
  const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
  return [th.textContent.trim(), tops.size];
})"""


@pytest.mark.parametrize("path", ["ikrar/", "en/ikrar/"])
def test_pledge_preview_labels_stay_whole_with_a_long_name(
    browser: Browser, site_server: str, path: str
):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_server + path)
    page.fill("#ikrar-name", "Dr. Ni Luh Putu Ayu Kusumawardhani Sastrawinangun, S.H., M.Kn.")
    page.fill("#ikrar-position", "Analis Kebijakan Ahli Muda pada Biro Organisasi")
    page.fill("#ikrar-unit", "Bagian Organisasi, Sekretariat Daerah Kabupaten Jembrana")
    labels = page.evaluate(LABEL_LINES)
    assert len(labels) == 4
    assert all(lines == 1 for _, lines in labels), labels
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    context.close()
