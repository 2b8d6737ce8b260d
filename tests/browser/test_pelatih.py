"""Trainer pages in a real Chromium: the handout prints on one A4 page, pages pass axe."""

from __future__ import annotations

import io
import re

import frontmatter
import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.conftest import describe_violations
from tests.helpers import REPO

pytestmark = pytest.mark.browser

# path, words the printed handout must carry, its "how to print" note (screen only)
HANDOUTS = {
    "id": ("pelatih/ringkasan/", ("Tidak boleh", "PP 94/2021 Pasal 5 huruf n angka 7"), "Ctrl+P"),
    "en": ("en/pelatih/ringkasan/", ("Not allowed", "PP 94/2021 Article 5(n) item 7"), "Ctrl+P"),
}


def _last_reviewed(lang: str) -> str:
    page = REPO / "content" / "pelatih" / f"ringkasan.{lang}.md"
    return str(frontmatter.load(page).metadata["last_reviewed"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_handout_prints_on_one_a4_page_without_site_chrome(page: Page, site_server, lang):
    path, words, note = HANDOUTS[lang]
    page.goto(site_server + path)
    expect(page.get_by_text(note)).to_be_visible()  # the screen tells how to print
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, "not A4"
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    for word in (*words, "UU 20/2023", "SKB 2022", "lapor.go.id"):
        assert word in text, f"{word!r} missing from the printed handout"
    assert note not in text, "the screen-only note was printed"
    assert not re.findall(r"\bS\d{1,3}\b", text), "source codes mean nothing on paper"
    assert "Cari" not in text and "Search" not in text and "Materi Guidance" not in text
    # The sheet names where it comes from and when it was reviewed (the page's own date).
    assert f"netralitas.example.org/{path}" in text.replace(" ", "")
    assert _last_reviewed(lang) in text


@pytest.mark.parametrize(
    "path", ["pelatih/", "en/pelatih/", "pelatih/ringkasan/", "en/pelatih/ringkasan/"]
)
def test_trainer_pages_have_no_accessibility_violation(page: Page, site_server, axe, path):
    page.goto(site_server + path)
    violations = axe(page)
    assert not violations, describe_violations(violations)


@pytest.mark.parametrize(
    ("path", "nav", "pledge"),
    [("pelatih/", "Untuk pelatih", "Ikrar"), ("en/pelatih/", "For trainers", "Pledge")],
)
def test_trainer_guide_is_in_the_nav_and_leads_to_the_pledge(
    page: Page, site_server, path, nav, pledge
):
    page.goto(site_server + path)
    expect(page.locator(".md-nav").first).to_contain_text(nav)
    expect(page.locator("table").first).to_contain_text("00:40–00:45")
    page.locator(".md-content").get_by_role("link", name=pledge, exact=True).and_(
        page.locator('a[href="../ikrar/"], a[href="../../ikrar/"]')
    ).first.click()
    expect(page.locator("[data-ikrar-form]")).to_be_visible()
