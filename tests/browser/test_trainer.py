"""Trainer pages in a real Chromium: presentation by keyboard, QR code, printing, axe."""

from __future__ import annotations

import io
import re

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from sosialisasi.export.context import plain_text
from sosialisasi.project import Project
from sosialisasi.quiz.citation import cite_basis
from sosialisasi.quiz.validate import load_bank
from tests.browser.conftest import foreign
from tests.conftest import describe_violations
from tests.helpers import REPO

pytestmark = pytest.mark.browser

BANK = load_bank(REPO / "quizzes" / "media-sosial.md", ("id", "en")).bank
QUIZ_PAGE = "materi/larangan/"  # the page showing the bank media-sosial
PREFIX = {"id": "", "en": "en/"}
WORDS = {
    "id": {
        "count": "12 pertanyaan",
        "announce": "Pertanyaan {i} dari 12",
        "key": "Jawaban yang benar:",
        "reveal": "Tampilkan jawaban",
        "hide": "Sembunyikan jawaban",
        "present": "Mode presentasi",
        "explanation": "Penjelasan",
    },
    "en": {
        "count": "12 questions",
        "announce": "Question {i} of 12",
        "key": "Correct answer:",
        "reveal": "Reveal the answer",
        "hide": "Hide the answer",
        "present": "Presentation mode",
        "explanation": "Explanation",
    },
}


def present(page: Page, base: str, lang: str) -> None:
    page.goto(f"{base}{PREFIX[lang]}kuis/media-sosial/presentasi/")
    expect(page.locator(".tp-controls")).to_be_visible()


def slide(page: Page, number: int):
    question = BANK.questions[number - 1]
    return page.locator(f"#tp-media-sosial-{question.id}")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_keyboard_walks_through_the_questions_and_reveals_answers(
    page: Page, site_server: str, lang: str, requests_seen: list[str]
):
    words = WORDS[lang]
    present(page, site_server, lang)
    progress, live = page.locator(".tp-progress"), page.locator(".tp-live")
    expect(page.locator(".tp-intro")).to_be_visible()
    expect(progress).to_have_text(words["count"])
    expect(page.locator("fieldset.sq-q:visible")).to_have_count(0)

    page.keyboard.press("ArrowRight")
    expect(slide(page, 1)).to_be_visible()
    expect(page.locator(".tp-intro")).to_be_hidden()
    expect(page.locator("fieldset.sq-q:visible")).to_have_count(1)
    expect(progress).to_have_text("1 / 12")
    expect(live).to_have_text(words["announce"].format(i=1))

    reveal = page.locator("[data-tp=reveal]")
    expect(reveal).to_have_attribute("aria-pressed", "false")
    expect(slide(page, 1).locator("details.sq-ans")).not_to_have_attribute("open", "")
    page.keyboard.press("r")
    expect(slide(page, 1).locator("details.sq-ans")).to_have_attribute("open", "")
    expect(reveal).to_have_attribute("aria-pressed", "true")
    expect(reveal).to_have_text(words["hide"])
    right = next(o for o in BANK.questions[0].options if o.correct)
    expect(live).to_contain_text(words["key"])
    expect(live).to_contain_text(plain_text(right.text.get(lang)))
    expect(slide(page, 1).locator(f"li[data-o={right.id}]")).to_have_class("sq-o")
    page.keyboard.press("R")
    expect(slide(page, 1).locator("details.sq-ans")).not_to_have_attribute("open", "")
    expect(reveal).to_have_text(words["reveal"])

    page.keyboard.press("PageDown")
    expect(progress).to_have_text("2 / 12")
    page.keyboard.press("End")
    expect(progress).to_have_text("12 / 12")
    expect(slide(page, 12)).to_be_visible()
    page.keyboard.press("ArrowRight")  # stays on the last question
    expect(progress).to_have_text("12 / 12")
    page.keyboard.press("PageUp")
    expect(progress).to_have_text("11 / 12")
    page.keyboard.press("ArrowLeft")
    expect(progress).to_have_text("10 / 12")
    page.keyboard.press("Home")
    expect(page.locator(".tp-intro")).to_be_visible()
    expect(progress).to_have_text(words["count"])
    assert foreign(requests_seen) == []


def test_buttons_work_by_keyboard_focus_and_show_their_focus(page: Page, site_server: str):
    present(page, site_server, "id")
    next_button = page.get_by_role("button", name="Berikutnya")
    for _ in range(40):  # Tab through the page until the Next button has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.tp") == "next":
            break
    else:
        raise AssertionError("the Next button cannot be reached with Tab")
    outline = next_button.evaluate("b => getComputedStyle(b).outlineStyle")
    assert outline != "none", "no visible focus on the Next button"
    page.keyboard.press("Enter")
    expect(page.locator(".tp-progress")).to_have_text("1 / 12")
    page.keyboard.press("Space")
    expect(page.locator(".tp-progress")).to_have_text("2 / 12")
    reveal = page.get_by_role("button", name="Tampilkan jawaban")
    reveal.focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-tp=reveal]")).to_have_attribute("aria-pressed", "true")
    expect(slide(page, 2)).to_have_class(re.compile(r"\btp-revealed\b"))
    page.keyboard.press("Space")
    expect(page.locator("[data-tp=reveal]")).to_have_attribute("aria-pressed", "false")
    page.get_by_role("button", name="Sebelumnya").click()
    expect(page.locator(".tp-progress")).to_have_text("1 / 12")


def test_the_position_survives_a_reload(page: Page, site_server: str):
    present(page, site_server, "en")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    expect(page.locator(".tp-progress")).to_have_text("3 / 12")
    page.reload()
    expect(page.locator(".tp-progress")).to_have_text("3 / 12")
    expect(slide(page, 3)).to_be_visible()


def test_without_javascript_every_question_is_shown_with_its_answer_folded(
    browser, site_server: str
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_server}kuis/media-sosial/presentasi/")
    expect(page.locator("fieldset.sq-q:visible")).to_have_count(12)
    expect(page.locator(".tp-controls")).to_be_hidden()
    expect(page.locator("details.sq-ans[open]")).to_have_count(0)
    context.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_presentation_is_accessible_on_the_title_slide_and_a_revealed_question(
    page: Page, site_server: str, lang: str, axe
):
    present(page, site_server, lang)
    violations = axe(page)
    assert violations == [], describe_violations(violations)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("r")
    violations = axe(page)
    assert violations == [], describe_violations(violations)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_qr_code_on_screen_opens_the_quiz_page_of_the_same_language(
    page: Page, site_server: str, lang: str
):
    present(page, site_server, lang)
    site_url = str(Project.load(REPO / "mkdocs.yml").config["site_url"])
    expected = f"{site_url}{PREFIX[lang]}{QUIZ_PAGE}"
    image = Image.open(io.BytesIO(page.locator("#tp-qr").screenshot()))
    codes = zxingcpp.read_barcodes(image)
    assert [code.text for code in codes] == [expected]
    assert codes[0].format == zxingcpp.BarcodeFormat.QRCode
    expect(page.locator(".tp-url")).to_have_text(expected)
    # What a phone opens, served here: the interactive quiz of that bank, in that language.
    page.goto(site_server + expected[len(site_url) :])
    quiz = page.locator("section#sq-media-sosial")
    expect(quiz).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(quiz.locator(".sq-check").first).to_be_attached()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_quiz_links_its_presentation(page: Page, site_server: str, lang: str):
    page.goto(f"{site_server}{PREFIX[lang]}{QUIZ_PAGE}")
    page.locator(".sq-trainer").get_by_role("link", name=WORDS[lang]["present"]).click()
    expect(page).to_have_url(f"{site_server}{PREFIX[lang]}kuis/media-sosial/presentasi/")
    expect(page.locator("h1")).to_have_text(plain_text(BANK.title.get(lang)))


def pdf_text(page: Page) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = " ".join(p.extract_text() for p in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def words_of(markdown: str, count: int = 6) -> str:
    return " ".join(plain_text(markdown).split()[:count])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_worksheet_prints_every_question_and_no_answer(page: Page, site_server: str, lang: str):
    page.goto(f"{site_server}{PREFIX[lang]}kuis/media-sosial/lembar/")
    pages, text = pdf_text(page)
    assert 1 <= pages <= 4, f"{pages} pages for 12 questions"
    for question in BANK.questions:
        assert words_of(question.text.get(lang)) in text, question.id
        assert words_of(question.explanation.get(lang), 12) not in text, question.id
    assert WORDS[lang]["key"] not in text and WORDS[lang]["explanation"] not in text
    for chrome in ("Kembali ke kuis", "Back to the quiz", "English", "Bahasa Indonesia"):
        assert chrome not in text, f"{chrome!r} printed"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_answer_key_prints_every_correct_answer_explanation_and_basis(
    page: Page, site_server: str, lang: str
):
    page.goto(f"{site_server}{PREFIX[lang]}kuis/media-sosial/kunci/")
    expect(page.get_by_role("button", name="Cetak" if lang == "id" else "Print")).to_be_visible()
    pages, text = pdf_text(page)
    assert 2 <= pages <= 8, f"{pages} pages for 12 questions"
    assert text.count(WORDS[lang]["key"]) == len(BANK.questions)
    labels = {
        "true": "Benar" if lang == "id" else "True",
        "false": "Salah" if lang == "id" else "False",
    }
    for question in BANK.questions:
        assert words_of(question.text.get(lang)) in text, question.id
        assert words_of(question.explanation.get(lang)) in text, question.id
        for option in question.options:
            if option.correct:
                label = plain_text(option.text.get(lang)) if option.text else labels[option.id]
                assert f"{WORDS[lang]['key']} " in text and words_of(label, 4) in text
    for basis in {b for q in BANK.questions for b in q.basis}:
        assert cite_basis(basis, lang) in text  # as the reader's language cites laws


@pytest.mark.parametrize(("lang", "title"), [("id", "Alat pelatih"), ("en", "Trainer tools")])
def test_the_trainer_tools_page_lists_every_quiz_and_is_accessible(
    page: Page, site_server: str, lang: str, title: str, axe
):
    page.goto(f"{site_server}{PREFIX[lang]}pelatih/alat/")
    expect(page.locator("h1")).to_contain_text(title)
    rows = page.locator("table.sq-trainer-list tbody tr")
    expect(rows).to_have_count(len(list((REPO / "quizzes").glob("*.md"))))
    violations = axe(page)
    assert violations == [], describe_violations(violations)
    row = rows.filter(has_text=plain_text(BANK.title.get(lang)))
    row.get_by_role("link", name=WORDS[lang]["present"]).click()
    expect(page).to_have_url(f"{site_server}{PREFIX[lang]}kuis/media-sosial/presentasi/")
