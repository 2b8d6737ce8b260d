"""Real `mkdocs build`s of a small national site and one region that inherits it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.helpers import REPO, mkdocs_build

pytestmark = pytest.mark.slow

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "region"


def text(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture(scope="module")
def base_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("base")
    result = mkdocs_build(FIXTURE / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


@pytest.fixture(scope="module")
def region_build(tmp_path_factory: pytest.TempPathFactory):
    site = tmp_path_factory.mktemp("contoh")
    result = mkdocs_build(FIXTURE / "regions" / "contoh" / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site, result.stderr


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    """A writable copy of the scenario, for builds that break it on purpose."""
    target = tmp_path / "situs"
    shutil.copytree(FIXTURE, target)
    return target


def test_national_build_reads_neutral(base_site: Path):
    page = visible(text(base_site, "materi/surat-edaran/index.html"))
    assert "Pemerintah daerah Anda dapat menerbitkan surat edaran sendiri." in page
    assert "Your regional government may issue" in visible(
        text(base_site, "en/materi/surat-edaran/index.html")
    )
    assert "belum diisi" not in page
    assert not (base_site / "daerah").exists()


def test_region_pages_show_region_data_in_both_languages(region_build):
    site, _ = region_build
    id_page = visible(text(site, "daerah/index.html"))
    en_page = visible(text(site, "en/daerah/index.html"))
    assert "Pemerintah Kabupaten Contoh" in id_page and "Pemerintah Kabupaten Contoh" in en_page
    assert "Kepala daerah: Pj Bupati Contoh Budi Contoh." in id_page
    assert "Head of region: Pj Bupati Contoh Budi Contoh." in en_page
    assert "<title>Pemkab Contoh - Situs Kabupaten Contoh</title>" in text(
        site, "daerah/index.html"
    )


def test_unknown_circular_number_is_marked_in_the_page_language(region_build):
    site, log = region_build
    id_html = text(site, "daerah/index.html")
    assert '<em class="sosialisasi-unfilled">belum diisi</em>' in id_html
    assert '<em class="sosialisasi-unfilled">not filled yet</em>' in text(
        site, "en/daerah/index.html"
    )
    assert "R124 [region.circulars[0].number]" in log
    assert "regions/contoh/content/daerah/index.id.md:8" in log


def test_site_name_per_language_comes_from_region_data(region_build):
    site, _ = region_build
    assert "<title>Beranda id - Situs Kabupaten Contoh</title>" in text(site, "index.html")
    assert "- Contoh Regency Site</title>" in text(site, "en/daerah/index.html")
    assert "National Site" not in text(site, "en/index.html")


def test_region_replaces_a_base_page_by_path_and_logs_it(region_build):
    site, log = region_build
    assert "Teks pengganti dari daerah." in text(site, "materi/surat-edaran/index.html")
    assert "Replacement text from the region." in text(site, "en/materi/surat-edaran/index.html")
    assert "region 'contoh' replaces base page materi/surat-edaran.id.md" in log
    assert "region 'contoh' replaces base page materi/surat-edaran.en.md" in log
    assert log.count("replaces base page") == 2  # logged once, not once per language


def test_base_pages_and_theme_files_are_inherited_or_replaced(region_build):
    site, _ = region_build
    assert "Teks nasional tentang sanksi (id)." in text(site, "materi/sanksi/index.html")
    assert "Teks nasional tentang sanksi (en)." in text(site, "en/materi/sanksi/index.html")
    assert text(site, "assets/penanda.txt") == "region overrides\n"
    assert text(site, "assets/dasar.txt") == "base only\n"


def test_region_pages_get_their_own_nav_section_after_home(region_build):
    site, _ = region_build
    html = text(site, "materi/sanksi/index.html")
    nav = re.findall(
        r'class="md-nav__link[^"]*"[^>]*>\s*(?:<span[^>]*>)?\s*([^<\s][^<]*?)\s*<', html
    )
    assert "Pemkab Contoh" in nav and "Materi" in nav
    assert nav.index("Pemkab Contoh") < nav.index("Materi")
    en_nav = text(site, "en/materi/sanksi/index.html")
    assert "Guidance" in en_nav and "Pemkab Contoh" in en_nav


def test_an_empty_field_fails_a_strict_build_with_file_and_line(scenario: Path):
    region = scenario / "regions" / "contoh"
    page = region / "content" / "daerah" / "index.id.md"
    page.write_text(page.read_text() + "\nSekda: {{ region.secretary.name }}\n")
    strict = mkdocs_build(region / "mkdocs.yml", scenario / "site")
    assert strict.returncode != 0
    warned = [line for line in strict.stderr.splitlines() if "warning R123" in line]
    assert len(warned) == 1, warned  # one line per empty field, after every language
    assert "regions/contoh/region.yml:" in warned[0]
    assert "content/daerah/index.id.md:10" in warned[0]
    assert "region.secretary.name" in strict.stderr
    assert "Aborted with 1 warning" in strict.stdout + strict.stderr  # as many as shown
    loose = mkdocs_build(region / "mkdocs.yml", scenario / "site", strict=False)
    assert loose.returncode == 0
    assert "Sekda: belum diisi" in visible(text(scenario / "site", "daerah/index.html"))


def test_a_template_error_stops_the_build_with_file_and_line(scenario: Path):
    page = scenario / "regions" / "contoh" / "content" / "daerah" / "index.en.md"
    page.write_text(page.read_text() + "\n{{ region.nmae }}\n")
    result = mkdocs_build(
        scenario / "regions" / "contoh" / "mkdocs.yml", scenario / "site", strict=False
    )
    assert result.returncode != 0
    assert "regions/contoh/content/daerah/index.en.md:10: error R121" in result.stderr
    assert "did you mean 'name'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_invalid_region_file_fails_a_strict_build(scenario: Path):
    data = scenario / "regions" / "contoh" / "region.yml"
    data.write_text(data.read_text().replace("level: kabupaten", "level: kecamatan"))
    result = mkdocs_build(scenario / "regions" / "contoh" / "mkdocs.yml", scenario / "site")
    assert result.returncode != 0
    assert "regions/contoh/region.yml:3: error R106" in result.stderr


def test_an_unguarded_region_field_fails_the_strict_national_build(scenario: Path):
    page = scenario / "content" / "materi" / "sanksi.id.md"
    page.write_text(page.read_text() + "\nDi {{ region.name }}.\n")
    result = mkdocs_build(scenario / "mkdocs.yml", scenario / "site")
    assert result.returncode != 0
    assert "content/materi/sanksi.id.md:8: warning R123" in result.stderr
    assert "national site has no region" in result.stderr
