"""The quiz on a phone (360×740, touch), in both languages: after a check the verdict
stays on screen, below Material's sticky header, and the page does not jump."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}


def in_view_below_header(page, element) -> tuple[float, float, float, float]:
    """(verdict top, verdict bottom, header bottom, viewport height)."""
    return page.evaluate(
        """el => { const box = el.getBoundingClientRect();
                   const head = document.querySelector('.md-header').getBoundingClientRect();
                   return [box.top, box.bottom, head.bottom, innerHeight]; }""",
        element.element_handle(),
    )


@pytest.mark.parametrize(
    ("path", "verdicts"),
    [
        ("materi/netralitas/", ("Benar!", "Belum tepat.")),
        ("en/materi/netralitas/", ("Correct!", "Not quite.")),
    ],
)
def test_the_verdict_stays_in_view_after_each_of_the_first_three_checks(
    browser: Browser, site_server: str, path: str, verdicts: tuple[str, str]
):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site_server + path)
    for index in range(3):
        q = page.locator("fieldset.sq-q").nth(index)
        option = q.locator(".sq-o label").nth(index % 2)  # right and wrong answers alike
        option.scroll_into_view_if_needed()
        option.tap()
        check = q.locator(".sq-check")
        check.scroll_into_view_if_needed()
        before = page.evaluate("scrollY")
        check.tap()
        verdict = q.locator(".sq-res")
        expect(verdict).to_have_text(re.compile("|".join(map(re.escape, verdicts))))
        top, bottom, header, height = in_view_below_header(page, verdict)
        assert header <= top and bottom <= height, (index, top, bottom, header, height)
        assert abs(page.evaluate("scrollY") - before) < 200, "the page jumped"
        expect(verdict).to_be_focused()
        if index == 0:
            page.screenshot(path=f"/work/wt/shots-i14/phone-verdict-{path[:2]}.png")
    context.close()
