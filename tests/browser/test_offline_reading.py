"""Readable offline after one visit: the service worker of the reader's language keeps
the guide, the quizzes and the ikrar page; a new deploy at the same address is picked up
and announced once. Served under a sub-path with the strict CSP, as a host would."""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from sosialisasi.deploy.headers import SECURITY_HEADERS
from tests.helpers import serve

pytestmark = pytest.mark.browser


@pytest.fixture
def hosted(built_site: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    with serve(site, prefix="/netralitas/", headers=SECURITY_HEADERS) as url:
        yield url, site


def controlled(page: Page, timeout: float = 30.0) -> None:
    """Wait until the service worker controls the page, so it has cached its files
    (it takes over only once they are). Polled from here: the strict CSP forbids the
    eval of page.wait_for_function."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(
        "() => !!(navigator.serviceWorker && navigator.serviceWorker.controller)"
    ):
        assert time.monotonic() < deadline, "no service worker took control of the page"
        page.wait_for_timeout(200)


def test_the_guide_quizzes_and_ikrar_open_offline_after_one_visit(
    browser: Browser, hosted: tuple[str, Path]
):
    base, _ = hosted
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "materi/larangan/")
    controlled(page)

    context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Larangan")
    for path, heading in [
        ("materi/sanksi/", "Sanksi"),
        ("materi/referensi/", "Referensi"),
        ("materi/netralitas/", "netralitas"),
    ]:
        page.goto(base + path)
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)

    # a quiz answers with no network
    question = page.locator("fieldset.sq-q").first
    question.locator("input").first.check()
    question.get_by_role("button", name="Periksa jawaban").click()
    expect(question.locator(".sq-res")).to_have_text(re.compile(r"\S"))

    page.goto(base + "ikrar/")
    expect(page.locator("form").first).to_be_visible()

    # search works offline too: its index was kept
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("netralitas")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    context.close()


def test_a_new_deploy_is_picked_up_and_announced(browser: Browser, hosted: tuple[str, Path]):
    base, site = hosted
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "materi/sanksi/")
    controlled(page)
    expect(page.locator(".sosialisasi-update")).to_have_count(0)

    # the next deploy: a changed page, hence a new precache version in sw.js
    sw = site / "sw.js"
    header, code = sw.read_text("utf-8").split("\n", 1)
    data = json.loads(header.removeprefix("self.SOSIALISASI_PRECACHE = ").removesuffix(";"))
    data["version"] = "next-deploy"
    sw.write_text(f"self.SOSIALISASI_PRECACHE = {json.dumps(data)};\n{code}", "utf-8")
    page_file = site / "materi/sanksi/index.html"
    page_file.write_text(page_file.read_text("utf-8").replace("</h1>", " (2)</h1>", 1), "utf-8")

    page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
    notice = page.locator(".sosialisasi-update")
    expect(notice).to_contain_text("Versi baru tersedia")
    expect(notice).to_have_count(1)
    notice.get_by_role("button", name="Muat ulang").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("(2)")
    # the new page is fresh, and the reader is told only once
    expect(page.locator(".sosialisasi-update")).to_have_count(0)
    context.close()


def test_the_manifest_makes_the_site_installable(page: Page, hosted: tuple[str, Path]):
    base, site = hosted
    page.goto(base + "en/")
    href = page.locator('link[rel="manifest"]').get_attribute("href")
    manifest = json.loads((site / "en" / href).read_text("utf-8"))
    assert manifest["start_url"] == "./" and manifest["display"] == "standalone"
    assert manifest["lang"] == "en" and manifest["name"] == "ASN Neutrality"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert (site / "en" / icon["src"]).is_file()
