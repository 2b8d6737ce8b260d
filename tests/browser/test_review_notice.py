"""A page past its review date tells readers so, visibly, in their language, and stays
accessible; before that date no notice shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from sosialisasi.deploy.headers import SECURITY_HEADERS
from tests.check._cases import clean_copy
from tests.conftest import describe_violations
from tests.helpers import mkdocs_build, serve

pytestmark = pytest.mark.browser

NOTICES = {
    "": "Halaman ini seharusnya ditinjau ulang paling lambat 1 Mei 2027.",
    "materi/halaman/": "Halaman ini seharusnya ditinjau ulang paling lambat 1 Mei 2027.",
    "en/": "This page was due for review by 1 May 2027.",
    "en/materi/halaman/": "This page was due for review by 1 May 2027.",
}


def built(tmp_path_factory: pytest.TempPathFactory, today: str) -> Path:
    source = tmp_path_factory.mktemp(f"src-{today}")
    config = clean_copy(source / "site")
    site = tmp_path_factory.mktemp(f"site-{today}")
    result = mkdocs_build(config, site, env={"SOSIALISASI_TODAY": today})
    assert result.returncode == 0, result.stderr[-3000:]
    return site


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    stale, fresh = built(tmp_path_factory, "2030-01-01"), built(tmp_path_factory, "2026-12-01")
    with (
        serve(stale, headers=SECURITY_HEADERS) as old,
        serve(fresh, headers=SECURITY_HEADERS) as new,
    ):
        yield {"stale": old, "fresh": new}


@pytest.mark.parametrize("path", sorted(NOTICES))
def test_a_stale_page_shows_the_notice_in_the_reader_language(
    page: Page, sites: dict[str, str], axe, path: str
):
    page.goto(sites["stale"] + path)
    notice = page.get_by_role("note").filter(has_text=NOTICES[path])
    expect(notice).to_be_visible()
    box = notice.bounding_box()
    heading = page.get_by_role("heading", level=1).bounding_box()
    assert box and heading and box["y"] < heading["y"], "the notice comes before the page text"
    violations = axe(page)
    assert not violations, describe_violations(violations)


@pytest.mark.parametrize("path", ["", "en/materi/halaman/"])
def test_a_page_within_its_review_date_shows_no_notice(page: Page, sites: dict[str, str], path):
    page.clock.set_fixed_time("2027-05-01T23:00:00")  # the due day itself
    page.goto(sites["fresh"] + path)
    expect(page.locator('[data-notice="review"]')).to_have_count(1)
    expect(page.locator('[data-notice="review"]')).to_be_hidden()


@pytest.mark.parametrize("path", ["", "en/materi/halaman/"])
def test_a_site_built_before_the_date_tells_readers_once_it_passes(
    page: Page, sites: dict[str, str], axe, path: str
):
    page.clock.set_fixed_time("2027-05-02T00:30:00")  # the reader's clock, a day later
    page.goto(sites["fresh"] + path)
    expect(page.get_by_role("note").filter(has_text=NOTICES[path])).to_be_visible()
    violations = axe(page)
    assert not violations, describe_violations(violations)
