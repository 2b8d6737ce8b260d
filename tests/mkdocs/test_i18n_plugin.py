"""The sosialisasi/i18n plugin on a small bilingual fixture site served under a sub-path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import REPO, head_alternates, mkdocs_build

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "bilingual"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bilingual")
    result = mkdocs_build(FIXTURE / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    return out


def links(html: str, selector_class: str = "md-select__link") -> dict[str, str]:
    pattern = rf'<a href="([^"]*)" hreflang="([^"]*)"[^>]*class="{selector_class}"'
    return {lang: href for href, lang in re.findall(pattern, html)}


def test_switcher_keeps_the_reader_on_the_same_page(site: Path):
    id_page = (site / "bagian/satu/index.html").read_text()
    en_page = (site / "en/bagian/satu/index.html").read_text()
    assert links(id_page) == {"id": "./", "en": "../../en/bagian/satu/"}
    assert links(en_page) == {"id": "../../../bagian/satu/", "en": "./"}


def test_home_switcher_links_are_relative_so_any_deploy_path_works(site: Path):
    assert links((site / "index.html").read_text()) == {"id": ".", "en": "en/"}
    assert links((site / "en/index.html").read_text()) == {"id": "..", "en": "./"}


def test_hreflang_alternates_are_absolute_with_x_default(site: Path):
    html = (site / "en/bagian/satu/index.html").read_text()
    assert head_alternates(html) == {
        "id": "https://example.org/pelatihan/bagian/satu/",
        "en": "https://example.org/pelatihan/en/bagian/satu/",
        "x-default": "https://example.org/pelatihan/bagian/satu/",
    }


def test_each_language_has_its_own_search_index(site: Path):
    id_index = json.loads((site / "search/search_index.json").read_text())
    en_index = json.loads((site / "en/search/search_index.json").read_text())
    id_text = json.dumps(id_index["docs"])
    en_text = json.dumps(en_index["docs"])
    assert "kerbauputih" in id_text and "kerbauputih" not in en_text
    assert "whitebuffalo" in en_text and "whitebuffalo" not in id_text
    assert all(not d["location"].startswith("en/") for d in en_index["docs"])


def test_search_is_pointed_at_the_language_root(site: Path):
    boot = r'<script src="[./]*assets/sosialisasi/boot\.js" data-base="([^"]*)"'
    assert re.search(boot, (site / "en/bagian/satu/index.html").read_text()).group(1) == "../../"
    assert re.search(boot, (site / "bagian/satu/index.html").read_text()).group(1) == "../../"
    assert re.search(boot, (site / "en/index.html").read_text()).group(1) == "./"


def test_each_language_keeps_its_own_404_without_stale_alternates(site: Path):
    root = (site / "404.html").read_text()
    en = (site / "en/404.html").read_text()
    assert '<html lang="id"' in root and '<html lang="en"' in en
    for page in (root, en):
        assert not head_alternates(page)
        assert 'href="/pelatihan/"' in page and 'href="/pelatihan/en/"' in page
        assert "Halaman tidak ditemukan" in page and "Page not found" in page


def test_sitemap_has_absolute_alternates_and_x_default(site: Path):
    sitemap = (site / "sitemap.xml").read_text()
    block = sitemap.split("<loc>https://example.org/pelatihan/en/bagian/satu/</loc>")[1]
    block = block.split("</url>")[0]
    assert 'hreflang="id" href="https://example.org/pelatihan/bagian/satu/"' in block
    assert 'hreflang="x-default" href="https://example.org/pelatihan/bagian/satu/"' in block


def test_untranslated_page_says_so_in_the_reader_language(site: Path):
    assert "has not been translated yet" in (site / "en/bagian/hanya-id/index.html").read_text()
    assert "data-notice" not in (site / "en/bagian/satu/index.html").read_text()
