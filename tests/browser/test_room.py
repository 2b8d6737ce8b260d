"""The room's results in a real Chromium with a fake camera playing result QR codes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from sosialisasi.quiz.validate import load_bank
from sosialisasi.trainer.exam import result_code
from tests.browser.conftest import POLICY_ERRORS, foreign
from tests.browser.fake_camera import write_y4m
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, describe_violations
from tests.helpers import REPO

pytestmark = pytest.mark.browser

BANK = load_bank(REPO / "quizzes" / "media-sosial.md", ("id", "en")).bank
N = len(BANK.questions)


def answers(pattern: str) -> dict[str, bool]:
    """'1101…' (cycled over the bank) -> {question id: right}."""
    return {q.id: pattern[i % len(pattern)] == "1" for i, q in enumerate(BANK.questions)}


PRE = [("a0000001", "1100"), ("a0000002", "1000"), ("a0000003", "0110")]
POST = [("b0000001", "1110"), ("b0000002", "1111")]


def codes() -> list[str]:
    made = [result_code(BANK, "pre", a, answers(p)) for a, p in PRE]
    made.append(made[0])  # the same phone shown twice
    made.append(
        result_code(BANK, "pre", "c0000001", answers("1111")).replace(
            f"|{result_code(BANK, 'pre', 'x', {}).split('|')[2]}|", "|0123456789|"
        )
    )  # another version of the bank
    made += [result_code(BANK, "post", a, answers(p), "AB") for a, p in POST]
    return made


@pytest.fixture
def camera_page(browser_type, tmp_path: Path):
    video = write_y4m(tmp_path / "codes.y4m", codes())
    browser = browser_type.launch(
        executable_path=CHROMIUM,
        args=[
            *CHROMIUM_ARGS,
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ],
    )
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    yield page
    context.close()
    browser.close()


def expected_cell(phase: list[tuple[str, str]], index: int, lang_of: str = "dari") -> str:
    right = sum(1 for _, p in phase if p[index % len(p)] == "1")
    return f"{round(100 * right / len(phase))}% ({right} {lang_of} {len(phase)})"


def test_the_room_summary_counts_what_the_phones_showed(camera_page, site_server: str):
    page = camera_page
    seen: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    page.on(
        "console",
        lambda m: problems.append(m.text) if any(p in m.text for p in POLICY_ERRORS) else None,
    )
    page.goto(f"{site_server}kuis/{BANK.id}/presentasi/")
    page.locator("[data-room-open]").click()
    expect(page.locator("dialog.tp-room")).to_be_visible()
    page.locator('[data-room="start"]').click()
    expect(page.locator("video.tp-room-video")).to_be_visible()
    status = page.locator("[data-room-status]")
    messages: set[str] = set()
    done = "Pre-test: 3 peserta · Post-test: 2 peserta"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        messages.add(status.text_content() or "")
        if page.locator("[data-room-counts]").text_content() == done and any(
            "versi lain" in m for m in messages
        ):
            break
        page.wait_for_timeout(100)
    assert page.locator("[data-room-counts]").text_content() == done, messages
    assert any(m.startswith("Ditolak: kode ini dari versi lain kuis ini") for m in messages)
    assert any(m == "Kode ini sudah dihitung." for m in messages)

    rows = page.locator("[data-room-table] tbody tr")
    expect(rows).to_have_count(N)
    post_share = []
    for r in range(N):
        row = rows.nth(r)
        index = int(row.get_attribute("data-q") or 0) - 1
        cells = row.locator("td").all_text_contents()
        assert cells == [expected_cell(PRE, index), expected_cell(POST, index)]
        post_share.append(int(row.locator("td").nth(1).get_attribute("data-p") or 0))
    assert post_share == sorted(post_share)  # hardest (by the post-test) first

    page.locator('[data-room="stop"]').click()
    expect(page.locator("video.tp-room-video")).to_be_hidden()
    assert foreign(seen) == []
    assert not problems, problems


def test_without_a_camera_the_trainer_is_told_why(page, site_server: str, axe):
    # Headless Chromium without the fake-device flags has no camera: a message, no crash.
    page.goto(f"{site_server}en/kuis/{BANK.id}/presentasi/")
    page.locator("[data-room-open]").click()
    page.locator('[data-room="start"]').click()
    expect(page.locator("[data-room-status]")).to_contain_text("The camera cannot be opened")
    violations = axe(page)
    assert not violations, describe_violations(violations)
    page.keyboard.press("Escape")
    expect(page.locator("[data-room-open]")).to_be_focused()
