"""The sosialisasi/ikrar plugin in real `mkdocs build --strict` runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import REPO, mkdocs_build

pytestmark = pytest.mark.slow

SITES = REPO / "tests" / "fixtures" / "sites"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ikrar-site")
    result = mkdocs_build(SITES / "ikrar" / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.mark.parametrize(
    ("path", "assets", "sheet_title"),
    [
        ("ikrar/index.html", "../assets/sosialisasi/", "Ikrar Netralitas Aparatur Sipil Negara"),
        ("en/ikrar/index.html", "../../assets/sosialisasi/", "Neutrality Pledge of a Civil"),
    ],
)
def test_pledge_page_gets_form_sheet_and_its_own_assets(site: Path, path, assets, sheet_title):
    html = (site / path).read_text("utf-8")
    assert "data-ikrar-form" in html and "data-ikrar-sheet" in html
    assert sheet_title in html
    assert re.search(rf'<link rel="stylesheet" href="{assets}ikrar\.css\?v=\w+">', html)
    assert re.search(rf'<script src="{assets}ikrar\.js\?v=\w+" defer>', html)


def test_national_wording_without_a_region(site: Path):
    html = (site / "ikrar" / "index.html").read_text("utf-8")
    assert "Sebagai pegawai, saya berikrar:" in html
    assert "di lingkungan" not in html


@pytest.mark.parametrize("path", ["index.html", "en/index.html"])
def test_other_pages_load_nothing_of_the_pledge(site: Path, path):
    html = (site / path).read_text("utf-8")
    assert "ikrar.js" not in html and "ikrar.css" not in html and "data-ikrar" not in html


def test_assets_are_copied_once_at_the_site_root(site: Path):
    for name in ("ikrar.js", "ikrar.css"):
        assert (site / "assets" / "sosialisasi" / name).is_file()
        assert not (site / "en" / "assets" / "sosialisasi" / name).exists()


def test_missing_pledge_section_fails_the_strict_build_with_file_and_fix(tmp_path: Path):
    result = mkdocs_build(SITES / "ikrar-broken" / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert "docs/index.md: error P101" in result.stderr
    assert "{ #teks-ikrar }" in result.stderr
    assert "Traceback" not in result.stderr
