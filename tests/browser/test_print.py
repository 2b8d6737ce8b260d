"""A guidance page printed on A4 in both languages: its text and legal citations, but no
listed source codes ("(S85; S81)"), which readers cannot resolve on paper."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page
from pypdf import PdfReader

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("materi/netralitas/", ("Apa itu netralitas ASN", "UU 20/2023")),
        ("en/materi/netralitas/", ("What ASN neutrality means", "UU 20/2023")),
        ("materi/larangan/", ("PP 94/2021",)),
    ],
)
def test_printed_guidance_keeps_citations_but_not_source_codes(
    page: Page, site_server: str, path: str, words: tuple[str, ...]
):
    page.goto(site_server + path)
    on_screen = page.locator(".md-content a", has_text=re.compile(r"^S\d+$")).count()
    assert on_screen, "the page cites no source code: pick another page"
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    for word in words:
        assert word in text, word
    # a code listed beside others or in brackets is left out; one used as a word in a
    # sentence ("menurut S43") stays, or the sentence would not read
    listed = re.findall(r"(?:\(|; )S\d{1,3}\b|\bS\d{1,3};", text)
    assert not listed, re.findall(r".{30}\bS\d{1,3}\b.{5}", text)
    assert "( )" not in text and "(; " not in text and "()" not in text
