"""The non-ASN integrity pact in a real Chromium: one A4 page, privacy, keyboard, axe."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.browser.conftest import foreign
from tests.conftest import describe_violations

pytestmark = pytest.mark.browser

PERSON = {
    "name": "Komang Ayu Wulandari",
    "position": "Tenaga administrasi",
    "unit": "Bagian Umum, Sekretariat Daerah",
    "place": "Denpasar",
}
# path, sheet title (printed upper case), label of the number field, of "remember"
LANGS = {
    "id": (
        "pakta/",
        "PAKTA INTEGRITAS NETRALITAS PEGAWAI NON-ASN",
        "Nomor induk",
        "Ingat di perangkat ini",
    ),
    "en": (
        "en/pakta/",
        "NEUTRALITY INTEGRITY PACT OF A NON-ASN EMPLOYEE",
        "Employee number",
        "Remember on this device",
    ),
}
PRINT_STUB = "window.__printed = 0; window.print = function () { window.__printed += 1; };"


def open_pact(page: Page, base: str, lang: str) -> None:
    page.add_init_script(PRINT_STUB)
    page.goto(base + LANGS[lang][0])
    expect(page.locator("[data-ikrar-actions]")).to_be_visible()


def printed(page: Page) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return reader, re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pact_prints_on_one_a4_page_with_no_nip_and_nothing_sent(
    page: Page, site_server: str, lang: str, requests_seen: list[str]
):
    open_pact(page, site_server, lang)
    for field, value in PERSON.items():
        page.fill(f"#ikrar-{field}", value)
    page.check("#ikrar-witness")
    expect(page.locator("label[for=ikrar-nip]")).to_contain_text(LANGS[lang][2])
    page.fill("#ikrar-nip", "ab-12")  # any number an agency gives: no NIP warning
    expect(page.locator("[data-ikrar-nip-check]")).to_have_text("")
    page.locator("[data-ikrar-print]").click()
    assert page.evaluate("window.__printed") == 1
    pdf, text = printed(page)
    assert len(pdf.pages) == 1
    width, height = (float(v) for v in pdf.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, "not A4"
    assert LANGS[lang][1] in text and PERSON["name"] in text and PERSON["unit"] in text
    assert "NIP" not in text
    assert LANGS[lang][3] not in text  # only the sheet prints
    assert foreign(requests_seen) == []
    stored = page.evaluate(
        "() => Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join()"
    )
    assert PERSON["name"] not in stored


def test_remembered_pact_details_are_kept_apart_from_the_asn_pledge(page: Page, site_server):
    open_pact(page, site_server, "id")
    page.fill("#ikrar-name", PERSON["name"])
    page.check("#ikrar-remember")
    keys = page.evaluate("Object.keys(localStorage)")
    assert "sosialisasi.pakta-non-asn.v1" in keys and "sosialisasi.ikrar.v1" not in keys
    page.goto(site_server + "ikrar/")
    expect(page.locator("#ikrar-name")).to_have_value("")
    page.goto(site_server + "pakta/")
    expect(page.locator("#ikrar-name")).to_have_value(PERSON["name"])
    page.uncheck("#ikrar-remember")
    assert page.evaluate("localStorage.getItem('sosialisasi.pakta-non-asn.v1')") is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pact_page_has_no_accessibility_violation(page: Page, site_server, axe, lang):
    open_pact(page, site_server, lang)
    violations = axe(page)
    assert not violations, describe_violations(violations)
