"""A site built with the kit's example address says so where the address is carried:
beside the QR code of presentation mode and on the printed handout, in both languages."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

pytestmark = pytest.mark.browser

NOTE = {"id": "Alamat contoh", "en": "Example address"}
PREFIX = {"id": "", "en": "en/"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_qr_slide_says_its_address_is_an_example(page: Page, site_server: str, lang: str):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{site_server}{PREFIX[lang]}kuis/netralitas-dasar/presentasi/")
    note = page.locator(".tp-qr .tp-example")
    expect(note).to_be_visible()
    expect(note).to_contain_text(NOTE[lang])
    expect(note).to_contain_text("SITE_URL")
    expect(page.locator(".tp-url")).to_contain_text("example.org")  # the address it carries
    box = note.bounding_box()
    assert box and box["y"] + box["height"] <= page.locator(".tp-controls").bounding_box()["y"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_printed_handout_says_its_address_is_an_example(
    page: Page, site_server: str, lang: str
):
    page.goto(f"{site_server}{PREFIX[lang]}pelatih/ringkasan/")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert NOTE[lang] in text and "SITE_URL" in text
