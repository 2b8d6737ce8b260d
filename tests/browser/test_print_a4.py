"""Every guide page prints on A4 (the site's stylesheet asks for it), not on Letter."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Page
from pypdf import PdfReader

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["materi/larangan/", "en/materi/sanksi/", "", "buklet/"])
def test_a_guide_page_prints_on_a4(page: Page, site_server: str, path: str):
    page.goto(site_server + path)
    page.emulate_media(media="print")
    # prefer_css_page_size: the paper the page asks for, as a browser's print dialog uses
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
