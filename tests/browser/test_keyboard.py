"""Keyboard only, on the real site: a whole quiz answered with Tab, arrows, Space and Enter,
and every Tab stop of the quiz and pledge pages shows a visible focus ring and lets the
reader move on (no trap). The quiz and pledge tests cover each control's behaviour;
this covers the journey through a real page and the focus ring at every stop."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import foreign

pytestmark = pytest.mark.browser

FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return {
    label: (el.id || el.className || el.tagName) + ' ' + (el.textContent || '').trim().slice(0, 30),
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== 'none',
    quiz: !!el.closest('fieldset.sq-q'),
  };
}"""


def tab_through(page: Page, limit: int = 400) -> list[dict]:
    """Every Tab stop from the top of the page to the end (focus leaves to the browser UI)."""
    stops: list[dict] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS)
        if stop is None or (stops and stop == stops[0] and len(stops) > 1):
            return stops
        stops.append(stop)
    raise AssertionError(f"no end after {limit} Tab presses: a keyboard trap? last {stops[-5:]}")


@pytest.mark.parametrize("path", ["materi/larangan/", "en/ikrar/", "ikrar/"])
def test_every_tab_stop_shows_a_visible_focus_ring(page: Page, site_server: str, path: str):
    page.goto(site_server + path)
    stops = tab_through(page)
    assert len(stops) > 10
    hidden = [stop for stop in stops if not (stop["ring"] or stop["shadow"])]
    assert not hidden, f"focus not visible on: {hidden}"
    if path.startswith("materi/"):
        assert any(stop["quiz"] for stop in stops), "Tab never reached the quiz"


def test_a_whole_real_quiz_answered_with_the_keyboard_only(
    page: Page, site_server: str, requests_seen
):
    page.goto(site_server + "materi/larangan/")
    questions = page.locator("fieldset.sq-q")
    count = questions.count()
    assert count >= 3
    for index in range(count):
        fieldset = questions.nth(index)
        for _ in range(400):  # Tab to this question's first option
            page.keyboard.press("Tab")
            if fieldset.evaluate("(f, el) => f.contains(document.activeElement)", None):
                break
        else:
            raise AssertionError(f"Tab never reached question {index + 1}")
        kind = fieldset.get_attribute("data-type")
        if kind == "multiple":
            page.keyboard.press("Space")  # tick the first option
        else:
            page.keyboard.press("ArrowDown")  # radios: arrows select
            page.keyboard.press("ArrowUp")
        assert fieldset.locator("input:checked").count() >= 1
        check = fieldset.locator(".sq-check")
        for _ in range(10):
            if check.evaluate("b => b === document.activeElement"):
                break
            page.keyboard.press("Tab")
        expect(check).to_be_focused()
        page.keyboard.press("Enter")
        expect(fieldset.locator(".sq-res")).to_be_visible()
        expect(fieldset.locator(".sq-res")).to_be_focused()  # focus stays in view, by the verdict
    expect(page.locator(".sq-score")).to_be_visible()
    expect(page.locator(".sq-live")).not_to_be_empty()
    assert page.url == site_server + "materi/larangan/", "the form was submitted"
    assert not foreign(requests_seen), foreign(requests_seen)


@pytest.mark.parametrize(
    ("path", "label"),
    [("materi/larangan/", "Langsung ke kuis"), ("en/materi/larangan/", "Skip to the quiz")],
)
def test_a_skip_link_reaches_the_quiz_in_a_few_key_presses(page: Page, site_server, path, label):
    """The device review counted 104 Tab presses from the top of a page to the first answer."""
    page.goto(site_server + path)
    stops = []
    while label not in stops and len(stops) < 3:
        page.keyboard.press("Tab")
        stops.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert label in stops, f"no '{label}' link among the first three Tab stops: {stops}"
    expect(page.locator(".sosialisasi-skip-quiz")).to_be_visible()  # shown while focused
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS)["quiz"], "Tab after the skip link did not land in the quiz"
