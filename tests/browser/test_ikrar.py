"""The pledge page in a real Chromium: filling, printing to PDF, privacy, keyboard, axe."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.conftest import describe_violations

pytestmark = pytest.mark.browser

KEY = "sosialisasi.ikrar.v1"
NAME = "Ni Luh Putu Ayu Kartika Sari"
PERSON = {
    "name": NAME,
    "nip": "19850412 201001 2 015",
    "position": "Analis Kebijakan Ahli Muda",
    "unit": "Bagian Organisasi, Sekretariat Daerah",
    "place": "Negara",
}
# path, sheet title, label of "remember", of the print button
LANGS = {
    "id": ("ikrar/", "IKRAR NETRALITAS APARATUR SIPIL NEGARA", "Ingat di perangkat ini"),
    "en": ("en/ikrar/", "NEUTRALITY PLEDGE OF A CIVIL SERVANT (ASN)", "Remember on this device"),
}
# Replaces the print dialog, which a test cannot click through; page.pdf() prints for real.
PRINT_STUB = "window.__printed = 0; window.print = function () { window.__printed += 1; };"


def open_pledge(page: Page, base: str, lang: str) -> None:
    page.add_init_script(PRINT_STUB)
    page.goto(base + LANGS[lang][0])
    expect(page.locator("[data-ikrar-actions]")).to_be_visible()


def fill(page: Page, person: dict[str, str] = PERSON) -> None:
    for field, value in person.items():
        page.fill(f"#ikrar-{field}", value)


def print_pdf(page: Page) -> tuple[PdfReader, str]:
    """Chromium's own print to PDF (print CSS, A4) and the PDF's text."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return reader, re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_filled_pledge_prints_to_one_a4_page_with_the_name(page: Page, site_server, lang):
    open_pledge(page, site_server, lang)
    fill(page)
    page.check("#ikrar-witness")
    pdf, text = print_pdf(page)
    assert len(pdf.pages) == 1
    width, height = (float(v) for v in pdf.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, "not A4"
    assert NAME in text and PERSON["nip"] in text and PERSON["unit"] in text
    assert LANGS[lang][1] in text
    # Only the sheet is printed: no form, no navigation, no search.
    for chrome in (LANGS[lang][2], "Cari", "Search", "Materi", "Guidance"):
        assert chrome not in text, f"{chrome!r} printed"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_blank_sheet_prints_on_one_page_for_filling_in_by_hand(page: Page, site_server, lang):
    open_pledge(page, site_server, lang)
    page.fill("#ikrar-date", "")
    pdf, text = print_pdf(page)
    assert len(pdf.pages) == 1 and LANGS[lang][1] in text


def test_the_sheet_shows_what_is_typed_and_the_date_in_words(page: Page, site_server):
    open_pledge(page, site_server, "id")
    fill(page)
    page.fill("#ikrar-date", "2024-10-07")
    sheet = page.locator("[data-ikrar-sheet]")
    expect(sheet.locator("[data-ikrar-out=name]").first).to_have_text(NAME)
    expect(sheet).to_contain_text("Negara, 7 Oktober 2024")
    expect(sheet.locator("[data-ikrar-witness]")).to_be_hidden()
    page.check("#ikrar-witness")
    expect(sheet.locator("[data-ikrar-witness]")).to_be_visible()
    expect(sheet).to_contain_text("Mengetahui,")


def test_nothing_is_requested_while_filling_and_printing(page: Page, site_server):
    open_pledge(page, site_server, "id")
    page.wait_for_load_state("networkidle")
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    fill(page)
    page.press("#ikrar-place", "Enter")  # no form: Enter submits nothing
    page.check("#ikrar-witness")
    page.check("#ikrar-remember")
    page.uncheck("#ikrar-remember")
    page.get_by_role("button", name="Cetak ikrar").click()
    assert page.evaluate("window.__printed") == 1
    page.pdf(format="A4")
    page.wait_for_timeout(300)  # let any stray request surface (not a timing assertion)
    assert seen == [], f"requests while filling and printing: {seen}"
    assert page.url == site_server + "ikrar/", "the page must not navigate"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_nothing_is_stored_unless_remember_is_ticked(page: Page, site_server, lang):
    open_pledge(page, site_server, lang)
    fill(page)
    stored = page.evaluate(
        """() => [localStorage, sessionStorage].flatMap(s =>
             Object.keys(s).map(k => k + '=' + s.getItem(k))).join('\\n') + document.cookie"""
    )
    assert NAME not in stored and PERSON["nip"] not in stored
    page.reload()
    expect(page.locator("#ikrar-name")).to_have_value("")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_remember_keeps_details_on_this_device_and_unticking_deletes_them(
    page: Page, site_server, lang
):
    open_pledge(page, site_server, lang)
    fill(page)
    page.get_by_label(LANGS[lang][2]).check()
    saved = page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}'))")
    assert saved == {**PERSON, "witness": False}, "the date is never stored"
    page.fill("#ikrar-position", "Kepala Bagian")  # later edits are kept too
    page.reload()
    expect(page.locator("#ikrar-name")).to_have_value(NAME)
    expect(page.locator("#ikrar-position")).to_have_value("Kepala Bagian")
    expect(page.get_by_label(LANGS[lang][2])).to_be_checked()
    expect(page.locator("[data-ikrar-sheet] [data-ikrar-out=name]").first).to_have_text(NAME)
    page.get_by_label(LANGS[lang][2]).uncheck()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    expect(page.get_by_role("status")).not_to_be_empty()
    page.reload()
    expect(page.locator("#ikrar-name")).to_have_value("")


def test_clear_empties_the_form_and_deletes_what_was_stored(page: Page, site_server):
    open_pledge(page, site_server, "en")
    fill(page)
    page.check("#ikrar-remember")
    page.get_by_role("button", name="Clear the form").click()
    expect(page.locator("#ikrar-name")).to_have_value("")
    expect(page.locator("#ikrar-name")).to_be_focused()
    expect(page.locator("#ikrar-remember")).not_to_be_checked()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    expect(page.locator("#ikrar-date")).not_to_have_value("")  # today again


@pytest.mark.parametrize(
    ("nip", "hint"),
    [
        ("1985041220100120", None),  # no length rule: the sources give none (review U12)
        ("PPPK-2024/0012", "angka"),
        ("19850412 201001 2 015", None),
    ],
)
def test_nip_hints_politely_and_never_blocks_printing(page: Page, site_server, nip, hint):
    open_pledge(page, site_server, "id")
    page.fill("#ikrar-name", NAME)
    page.fill("#ikrar-nip", nip)
    check = page.locator("#ikrar-nip-check")
    if hint:
        expect(check).to_contain_text(hint)
        expect(page.locator("#ikrar-nip")).not_to_have_attribute("aria-invalid", "true")
    else:
        expect(check).to_be_empty()
    page.get_by_role("button", name="Cetak ikrar").click()
    assert page.evaluate("window.__printed") == 1
    expect(page.locator("[data-ikrar-sheet]")).to_contain_text(nip)


def test_printing_without_a_name_says_the_sheet_has_blank_lines(page: Page, site_server):
    open_pledge(page, site_server, "id")
    page.get_by_role("button", name="Cetak ikrar").click()
    expect(page.get_by_role("status")).to_contain_text("baris kosong")
    assert page.evaluate("window.__printed") == 1


def test_keyboard_only_fill_and_print(page: Page, site_server):
    open_pledge(page, site_server, "en")
    order = ["name", "nip", "position", "unit", "place", "date"]
    for _ in range(300):  # Tab from the top of the page to the first field
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "ikrar-name":
            break
    else:
        pytest.fail("Tab never reached the name field")
    for field in order:
        assert page.evaluate("document.activeElement.id") == f"ikrar-{field}"
        if field == "date":
            # Type digits over today's date, segment by segment (en-US: mm dd yyyy),
            # then Tab past the control's own segments.
            page.keyboard.type("10072024")
            for _ in range(4):
                page.keyboard.press("Tab")
                if page.evaluate("document.activeElement.id") != "ikrar-date":
                    break
        else:
            page.keyboard.type(PERSON[field])
            page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "ikrar-witness"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "ikrar-remember"
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Print the pledge")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1
    expect(page.locator("#ikrar-witness")).to_be_checked()
    sheet = page.locator("[data-ikrar-sheet]")
    expect(sheet).to_contain_text(PERSON["unit"])
    expect(page.locator("#ikrar-date")).to_have_value("2024-10-07")
    expect(sheet).to_contain_text("Negara, 7 October 2024")
    expect(sheet.locator("[data-ikrar-witness]")).to_be_visible()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pledge_page_has_no_accessibility_violation(page: Page, site_server, axe, lang):
    open_pledge(page, site_server, lang)
    fill(page, {**PERSON, "nip": "123"})  # the NIP hint is shown too
    page.check("#ikrar-witness")
    page.check("#ikrar-remember")
    violations = axe(page)
    assert not violations, describe_violations(violations)


QUIZ_KEY = "sosialisasi.quiz.v1"


def test_readiness_lists_every_quiz_with_a_link_before_any_answer(page: Page, site_server):
    open_pledge(page, site_server, "id")
    ready = page.locator("[data-ikrar-ready]")
    expect(ready.locator("[data-ikrar-ready-summary]")).to_have_text("0 dari 6 kuis sudah selesai.")
    expect(ready.locator("li[data-state=none]")).to_have_count(6)
    expect(ready.locator("li[data-bank=netralitas-dasar]")).to_contain_text("Belum dikerjakan.")
    link = ready.get_by_role("link", name="Apa itu netralitas ASN")
    expect(link).to_have_attribute("href", "../materi/netralitas/")
    link.click()
    expect(page).to_have_url(site_server + "materi/netralitas/")
    expect(page.locator(".sq-q").first).to_be_visible()


def test_answering_a_real_quiz_question_shows_on_the_pledge_page(page: Page, site_server):
    page.goto(site_server + "materi/netralitas/")
    question = page.locator(".sq-q").first
    question.locator("input").first.check()
    question.locator(".sq-check").click()
    expect(question).to_have_attribute("data-done", re.compile("ok|no"))
    open_pledge(page, site_server, "id")
    item = page.locator("li[data-bank=netralitas-dasar]")
    expect(item).to_have_attribute("data-state", "partial")
    expect(item).to_contain_text("1 dari 11 pertanyaan dijawab")
    expect(item).to_contain_text("Kerjakan di:")


def saved_answers(site_server: str, page: Page, bank_id: str) -> tuple[dict, int]:
    """Progress in the documented storage format: every question answered, the first wrong."""
    manifest = page.request.get(site_server + "assets/sosialisasi/quizzes.json").json()
    bank = next(b for b in manifest["banks"] if b["id"] == bank_id)
    answers = {
        q["id"]: {"h": q["hash"], "a": ["a"], "ok": index > 0}
        for index, q in enumerate(bank["questions"])
    }
    return {bank_id: answers}, len(bank["questions"])


def test_a_finished_quiz_shows_its_score_and_never_blocks_signing(page: Page, site_server):
    saved, total = saved_answers(site_server, page, "sanksi")
    page.goto(site_server)
    page.evaluate("([k, v]) => localStorage.setItem(k, JSON.stringify(v))", [QUIZ_KEY, saved])
    open_pledge(page, site_server, "en")
    item = page.locator("li[data-bank=sanksi]")
    expect(item).to_have_attribute("data-state", "done")
    expect(item).to_contain_text(f"Done: {total - 1} of {total} right.")
    expect(item).to_contain_text("Review on:")
    expect(page.locator("[data-ikrar-ready-summary]")).to_have_text("1 of 6 quizzes done.")
    expect(page.locator("li[data-state=none]")).to_have_count(5)
    fill(page)
    page.get_by_role("button", name="Print the pledge").click()
    assert page.evaluate("window.__printed") == 1


def test_an_answer_in_another_tab_updates_readiness(page: Page, site_server):
    saved, _ = saved_answers(site_server, page, "pelaporan")
    open_pledge(page, site_server, "id")
    other = page.context.new_page()
    other.goto(site_server + "materi/pelaporan/")
    other.evaluate("([k, v]) => localStorage.setItem(k, JSON.stringify(v))", [QUIZ_KEY, saved])
    expect(page.locator("li[data-bank=pelaporan]")).to_have_attribute("data-state", "done")
    expect(page.locator("[data-ikrar-ready-summary]")).to_contain_text("1 dari 6")


def test_the_form_and_sheet_fit_a_small_phone_screen(browser, site_server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(site_server + "ikrar/")
    # A long name, the other fields empty (their blanks are the widest).
    page.fill("#ikrar-name", "Ni Luh Putu Ayu Kartika Sari Dewi Anggraeni Wulandari")
    page.fill("#ikrar-date", "")
    for selector in ("[data-ikrar-form]", "[data-ikrar-sheet]"):
        overflow = page.locator(selector).evaluate("e => e.scrollWidth - e.clientWidth")
        assert overflow <= 1, f"{selector} is {overflow}px wider than its box"
        right = page.locator(selector).evaluate("e => e.getBoundingClientRect().right")
        assert right <= 360, f"{selector} ends at {right}px, past the screen"
    context.close()
