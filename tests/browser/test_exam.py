"""Exam mode (pre-test / post-test) in a real Chromium, on the repository's own site."""

from __future__ import annotations

import io
import json

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import Page, expect

from sosialisasi.quiz.validate import load_bank
from sosialisasi.trainer.exam import bank_version, result_code
from tests.browser.conftest import foreign
from tests.conftest import describe_violations
from tests.helpers import REPO

pytestmark = pytest.mark.browser

BANK = load_bank(REPO / "quizzes" / "media-sosial.md", ("id", "en")).bank
PREFIX = {"id": "", "en": "en/"}
SAVED = {"media-sosial": {BANK.questions[0].id: {"h": "x", "a": ["a"], "ok": False}}}


def open_exam(page: Page, base: str, lang: str = "id") -> None:
    page.goto(f"{base}{PREFIX[lang]}kuis/{BANK.id}/ujian/")
    expect(page.locator(".sx-start")).to_be_visible()


def order(page: Page) -> list[str]:
    """Questions and, inside each, options in the order shown."""
    return page.eval_on_selector_all(
        "fieldset.sq-q",
        "qs => qs.map(q => q.dataset.q + ':' + [...q.querySelectorAll('.sq-o')]"
        ".map(o => o.dataset.o).join(','))",
    )


def answer(page: Page, right: set[str]) -> None:
    """Answer every question: its key if its id is in `right`, else one wrong option."""
    for question in BANK.questions:
        fieldset = page.locator(f'fieldset.sq-q[data-q="{question.id}"]')
        keys = [o.id for o in question.options if o.correct]
        wrong = [o.id for o in question.options if not o.correct]
        for option in keys if question.id in right else wrong[:1]:
            fieldset.locator(f'li.sq-o[data-o="{option}"] label').click()


def test_two_attempts_show_different_orders_and_keep_the_ids(page: Page, site_server: str):
    open_exam(page, site_server)
    expect(page.locator("form.sq-form")).to_be_hidden()
    page.locator(".sx-go").click()
    first = order(page)
    page.locator(".sx-done").click()
    page.locator(".sx-done").click()  # the second press finishes with questions open
    page.locator(".sx-again").click()
    page.locator(".sx-go").click()
    second = order(page)
    assert first != second
    canonical = sorted(f"{q.id}" for q in BANK.questions)
    assert sorted(item.split(":")[0] for item in first) == canonical
    assert sorted(item.split(":")[0] for item in second) == canonical
    numbers = page.locator("fieldset.sq-q .sq-n").all_text_contents()
    assert [n.strip().rstrip(".") for n in numbers] == [
        str(i) for i in range(1, len(BANK.questions) + 1)
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_score_is_right_no_feedback_before_the_end_and_self_check_untouched(
    page: Page, site_server: str, lang: str, requests_seen: list[str]
):
    page.goto(site_server)
    page.evaluate("s => localStorage.setItem('sosialisasi.quiz.v1', s)", json.dumps(SAVED))
    open_exam(page, site_server, lang)
    page.locator("input[name=sx-phase][value=post]").check()
    page.locator("#sx-initials").fill("ab1c")
    page.locator(".sx-go").click()
    right = {q.id for q in BANK.questions[::3]}
    c, n = len(right), len(BANK.questions)
    answer(page, right)
    for hidden in (".sq-res", ".sq-m", "details.sq-ans", ".sq-ofb", ".sx-result"):
        expect(page.locator(f"{hidden}:visible")).to_have_count(0)
    expect(page.locator(".sq-o[data-state]")).to_have_count(0)

    page.locator(".sx-done").click()
    p = round(100 * c / n)
    words = {
        "id": f"Nilai Anda: {c} dari {n} benar ({p}%).",
        "en": f"Your score: {c} of {n} right ({p}%).",
    }
    expect(page.locator(".sx-score")).to_have_text(words[lang])
    expect(page.locator(".sx-status")).to_have_text(words[lang])
    expect(page.locator("details.sq-ans[open]:visible")).to_have_count(n)
    expect(page.locator('fieldset.sq-q[data-done="ok"]')).to_have_count(c)

    code = page.locator(".sx-code canvas").get_attribute("data-code")
    assert code is not None
    attempt = code.split("|")[4]
    correct = {q.id: q.id in right for q in BANK.questions}
    assert code == result_code(BANK, "post", attempt, correct, "ABC")
    assert code.split("|")[2] == bank_version(BANK)
    image = Image.open(io.BytesIO(page.locator(".sx-code canvas").screenshot()))
    assert [c.text for c in zxingcpp.read_barcodes(image)] == [code]

    stored = page.evaluate("localStorage.getItem('sosialisasi.quiz.v1')")
    assert json.loads(stored) == SAVED
    assert page.evaluate("localStorage.length") == 1
    assert foreign(requests_seen) == []


def test_exam_is_accessible_and_works_by_keyboard(page: Page, site_server: str, axe):
    page.set_viewport_size({"width": 360, "height": 740})
    open_exam(page, site_server)
    violations = axe(page)
    assert not violations, describe_violations(violations)
    page.locator(".sx-go").focus()
    page.keyboard.press("Enter")
    expect(page.locator("fieldset.sq-q").first.locator("input").first).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")  # Enter in an option never ends the exam
    expect(page.locator(".sx-result")).to_be_hidden()
    page.locator(".sx-done").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".sx-done")).to_have_text("Tetap selesai")
    page.locator(".sx-done").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".sx-result")).to_be_focused()
    violations = axe(page)
    assert not violations, describe_violations(violations)
