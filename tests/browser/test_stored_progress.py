"""Stored progress may be old, edited or broken: quiz.js and ikrar.js read it defensively,
keep working, repair it, and never throw (e.g. {"media-sosial": "x"} once blocked saving)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from sosialisasi.quiz.manifest import STORAGE_KEY
from tests.browser import test_quiz
from tests.browser.test_quiz import LARANGAN, question, stored

site = test_quiz.quiz_site  # the quiz fixture site, built once for this module

pytestmark = pytest.mark.browser

BROKEN = [
    "not json",
    '"text"',
    "[1, 2]",
    "null",
    '{"media-sosial": "x"}',
    '{"media-sosial": [1]}',
    '{"media-sosial": {"like-unggahan": "x"}}',
    '{"media-sosial": {"like-unggahan": {"h": 1, "a": "b", "ok": "yes"}}}',
    '{"media-sosial": {"like-unggahan": {"h": "x", "a": [{"o": 1}]}}}',
    '{"__proto__": {"polluted": true}, "media-sosial": {"__proto__": {"x": 1}}}',
]


def errors_of(page: Page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.mark.parametrize("value", BROKEN)
def test_broken_quiz_progress_is_repaired_and_saving_works(page: Page, site: str, value):
    errors = errors_of(page)
    page.goto(site + LARANGAN)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORAGE_KEY, value])
    page.reload()
    q = question(page, "like-unggahan")
    q.get_by_label("Tidak boleh").check()
    q.get_by_role("button", name="Periksa jawaban").click()
    expect(q.locator(".sq-res")).to_have_text("Benar!")
    entry = stored(page)["media-sosial"]["like-unggahan"]
    assert entry == {"h": q.get_attribute("data-h"), "a": ["b"], "ok": True}
    page.reload()  # the answer is kept
    expect(question(page, "like-unggahan").locator(".sq-res")).to_have_text("Benar!")
    assert page.evaluate("({}).polluted") is None
    assert errors == []


def test_a_valid_entry_survives_next_to_a_broken_one(page: Page, site: str):
    page.goto(site + LARANGAN)
    q = question(page, "like-unggahan")
    q.get_by_label("Tidak boleh").check()
    q.get_by_role("button", name="Periksa jawaban").click()
    data = stored(page)
    data["other-bank"] = "x"
    data["media-sosial"]["ghost"] = {"h": 5}
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [STORAGE_KEY, json.dumps(data)])
    page.reload()
    expect(question(page, "like-unggahan").locator(".sq-res")).to_have_text("Benar!")
    repaired = stored(page)
    assert "other-bank" not in repaired and "ghost" not in repaired["media-sosial"]


@pytest.mark.parametrize("value", ["[1]", '"x"', '{"name": {"a": 1}, "nip": 5, "witness": "yes"}'])
def test_broken_pledge_details_do_not_break_the_form(page: Page, site_server: str, value: str):
    errors = errors_of(page)
    page.goto(site_server + "ikrar/")
    page.evaluate("v => localStorage.setItem('sosialisasi.ikrar.v1', v)", value)
    page.reload()
    page.fill("#ikrar-name", "Nama Uji")
    expect(page.locator("[data-ikrar-sheet] [data-ikrar-out=name]").first).to_have_text("Nama Uji")
    kept = page.evaluate("JSON.parse(localStorage.getItem('sosialisasi.ikrar.v1'))")
    if isinstance(kept, dict):  # repaired to strings only
        assert all(isinstance(v, str) for k, v in kept.items() if k != "witness")
        assert kept.get("witness") in (True, False)
    assert errors == []
