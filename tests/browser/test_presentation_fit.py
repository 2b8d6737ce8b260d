"""Presentation mode on projectors (1280×720 and 1024×768), both languages, every bank:
each slide shows the question, every option and the controls without scrolling, and
after Reveal also the answer and explanation, with the question still in view."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from tests.helpers import REPO

pytestmark = pytest.mark.browser

BANKS = sorted(path.stem for path in (REPO / "quizzes").glob("*.md"))
PROJECTORS = [(1280, 720), (1024, 768)]

# Everything the slide must show, each measured against the visible part of the slide
# (between the bar and the controls): returns what is cut off or hidden.
CUT = """revealed => {
  const main = document.querySelector('.tp-main').getBoundingClientRect();
  const controls = document.querySelector('.tp-controls').getBoundingClientRect();
  const slide = [...document.querySelectorAll('fieldset.sq-q')].find(q => !q.hidden);
  const parts = [slide.querySelector('legend'), ...slide.querySelectorAll('.sq-o label')];
  if (revealed) parts.push(...slide.querySelectorAll('.sq-keyline, .sq-exp, .sq-basis'));
  const cut = [];
  for (const el of parts) {
    const box = el.getBoundingClientRect();
    if (!box.height || box.top < main.top - 1 || box.bottom > main.bottom + 1
        || box.bottom > controls.top + 1 || box.right > innerWidth + 1)
      cut.push(el.className || el.tagName);
  }
  if (controls.bottom > innerHeight + 1 || controls.top < 0) cut.push('controls');
  const fit = getComputedStyle(document.querySelector('.tp-main')).getPropertyValue('--tp-fit');
  const scrolls = document.documentElement.scrollHeight > innerHeight;
  return {cut, fit: parseFloat(fit || '1'), scrolls};
}"""


@pytest.mark.parametrize(("width", "height"), PROJECTORS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_slide_fits_the_projector_before_and_after_reveal(
    browser: Browser, site_server: str, lang: str, width: int, height: int
):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    problems = []
    for bank in BANKS:
        page.goto(f"{site_server}{'en/' if lang == 'en' else ''}kuis/{bank}/presentasi/")
        expect(page.locator(".tp-controls")).to_be_visible()
        count = page.locator("fieldset.sq-q").count()
        for number in range(1, count + 1):
            page.keyboard.press("ArrowRight")
            for revealed in (False, True):
                if revealed:
                    page.keyboard.press("r")
                state = page.evaluate(CUT, revealed)
                if state["cut"] or state["scrolls"]:
                    problems.append(f"{bank} #{number} revealed={revealed}: {state}")
                if state["fit"] < 0.6:
                    problems.append(f"{bank} #{number}: type scaled to {state['fit']}")
            page.keyboard.press("r")
    assert not problems, "\n".join(problems)
    context.close()
