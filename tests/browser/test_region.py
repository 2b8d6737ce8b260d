"""A region's pages in a real Chromium: its name in both languages, a working switcher."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import foreign
from tests.conftest import describe_violations
from tests.helpers import REPO, mkdocs_build, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def region_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("bali")
    result = mkdocs_build(REPO / "regions" / "bali" / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr[-3000:]
    with serve(Path(site)) as url:
        yield url


def test_region_page_shows_region_name_in_both_languages_via_switcher(
    page: Page, region_server: str, requests_seen
):
    page.goto(region_server + "daerah/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Pemerintah Provinsi Bali")
    expect(page.get_by_role("cell", name="Sang Made Mahendra Jaya")).to_be_visible()
    page.get_by_role("button", name="Pilih bahasa").click()
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(region_server + "en/daerah/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Pemerintah Provinsi Bali")
    expect(page.get_by_role("heading", name="Regional leaders")).to_be_visible()
    expect(page).to_have_title("Pemprov Bali - ASN Neutrality: Bali Province")
    page.get_by_role("button", name="Select language").click()
    page.get_by_role("link", name="Bahasa Indonesia").click()
    expect(page).to_have_url(region_server + "daerah/")
    expect(page).to_have_title("Pemprov Bali - Netralitas ASN Provinsi Bali")
    assert not foreign(requests_seen), foreign(requests_seen)


@pytest.mark.parametrize(
    ("path", "marker"),
    [("daerah/surat-edaran/", "belum diisi"), ("en/daerah/surat-edaran/", "not filled yet")],
)
def test_unfilled_circular_number_is_visible(page: Page, region_server: str, path, marker):
    page.goto(region_server + path)
    number_row = page.get_by_role("row").filter(
        has_text="Nomor" if path.startswith("d") else "Number"
    )
    expect(number_row.locator(".sosialisasi-unfilled")).to_have_text(marker)
    expect(number_row.locator(".sosialisasi-unfilled")).to_be_visible()


@pytest.mark.parametrize("path", ["daerah/", "en/daerah/surat-edaran/"])
def test_region_pages_have_no_accessibility_violation(page: Page, region_server: str, axe, path):
    page.goto(region_server + path)
    violations = axe(page)
    assert not violations, describe_violations(violations)
