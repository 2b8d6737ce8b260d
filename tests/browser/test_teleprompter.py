"""The teleprompter for a video pledge in a real Chromium: keyboard only, touch, axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import foreign
from tests.conftest import describe_violations

pytestmark = pytest.mark.browser


def scrolled(page: Page) -> float:
    return page.evaluate("document.querySelector('[data-tpr-text]').scrollTop")


def open_by_keyboard(page: Page) -> None:
    opener = page.locator("[data-tpr-open]")
    expect(opener).to_be_visible()
    opener.focus()
    page.keyboard.press("Enter")
    expect(page.locator("dialog.tpr")).to_be_visible()
    expect(page.locator("[data-tpr-text]")).to_be_focused()


@pytest.mark.parametrize(
    ("path", "words"), [("ikrar/", "saya berikrar"), ("en/pakta/", "I declare")]
)
def test_keyboard_only_scrolls_pauses_sizes_mirrors_and_closes(
    page: Page, site_server: str, path: str, words: str, requests_seen: list[str]
):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(site_server + path)
    open_by_keyboard(page)
    text = page.locator("[data-tpr-text]")
    expect(text).to_contain_text(words)
    speed = page.locator("[data-tpr-speed]")
    before = speed.text_content()
    page.keyboard.press("ArrowUp")
    expect(speed).not_to_have_text(before or "")
    page.keyboard.press("Space")
    expect(page.locator('[data-tpr="play"]')).to_have_attribute("aria-pressed", "true")
    for _ in range(40):  # wait_for_function evaluates a string: the site's CSP forbids it
        if scrolled(page) > 20:
            break
        page.wait_for_timeout(100)
    assert scrolled(page) > 20
    page.keyboard.press("Space")
    expect(page.locator('[data-tpr="play"]')).to_have_attribute("aria-pressed", "false")
    stopped = scrolled(page)
    page.wait_for_timeout(400)
    assert scrolled(page) == stopped
    size = text.evaluate("el => getComputedStyle(el).fontSize")
    page.keyboard.press("+")
    assert text.evaluate("el => getComputedStyle(el).fontSize") != size
    page.keyboard.press("m")
    expect(page.locator('[data-tpr="mirror"]')).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("Home")
    assert scrolled(page) == 0
    page.keyboard.press("Escape")
    expect(page.locator("dialog.tpr")).to_be_hidden()
    expect(page.locator("[data-tpr-open]")).to_be_focused()
    assert foreign(requests_seen) == []


def test_a_tap_on_the_text_starts_and_pauses(browser, site_server: str):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    page.goto(site_server + "ikrar/")
    page.locator("[data-tpr-open]").tap()
    page.locator("[data-tpr-text]").tap()
    expect(page.locator('[data-tpr="play"]')).to_have_attribute("aria-pressed", "true")
    page.locator("[data-tpr-text]").tap()
    expect(page.locator('[data-tpr="play"]')).to_have_attribute("aria-pressed", "false")
    page.locator('[data-tpr="close"]').tap()
    expect(page.locator("dialog.tpr")).to_be_hidden()
    context.close()


def test_the_open_teleprompter_has_no_accessibility_violation(page: Page, site_server, axe):
    page.goto(site_server + "ikrar/")
    page.locator("[data-tpr-open]").click()
    violations = axe(page)
    assert not violations, describe_violations(violations)
