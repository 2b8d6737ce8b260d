"""sosialisasi/share: every page carries link-preview tags with absolute URLs and its own
1200×630 PNG preview image; an unchanged page is not redrawn on the next build."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from tests.helpers import REPO, mkdocs_build

META = re.compile(r'<meta (property|name)="((?:og|twitter):[^"]+)" content="([^"]*)">')


def tags(page: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for _, name, content in META.findall(page):
        found.setdefault(name, []).append(html.unescape(content))
    return found


def shared_pages(site: Path) -> list[Path]:
    """Every page a reader can share: not the 404, not the trainer's noindex tools."""
    return [
        path
        for path in sorted(site.rglob("*.html"))
        if path.name != "404.html"
        and '<meta name="robots" content="noindex">' not in path.read_text("utf-8")
    ]


def image_file(site: Path, site_url: str, url: str) -> Path:
    assert url.startswith(site_url), url
    return site / url[len(site_url) :]


def check_site(site: Path, site_url: str) -> None:
    pages = shared_pages(site)
    assert len(pages) >= 4
    digests = {}
    for path in pages:
        found = tags(path.read_text("utf-8"))
        where = path.relative_to(site)
        for name in (
            "og:title",
            "og:description",
            "og:url",
            "og:site_name",
            "og:locale",
            "og:locale:alternate",
            "og:image",
            "twitter:card",
            "twitter:image",
        ):
            assert found.get(name), f"{where}: no {name}"
        for name in ("og:url", "og:image", "twitter:image"):
            assert urlsplit(found[name][0]).scheme == "https", f"{where}: {name} not absolute"
        assert found["og:url"][0].startswith(site_url)
        locale = "en_US" if str(where).startswith("en/") else "id_ID"
        assert found["og:locale"] == [locale]
        image = image_file(site, site_url, found["og:image"][0])
        with Image.open(image) as opened:
            assert opened.format == "PNG" and opened.size == (1200, 630), where
        assert image.stat().st_size < 300_000
        digests[where] = hashlib.sha256(image.read_bytes()).hexdigest()
    assert len(set(digests.values())) == len(digests), "two pages share one preview image"


PAGES = {
    "index.id.md": "# Beranda uji\n\nIsi.\n",
    "index.en.md": "# Test home\n\nText.\n",
    "satu.id.md": (
        '---\ndescription: Deskripsi halaman satu.\n---\n# Halaman &lt;satu&gt; & "dua"\n\nIsi.\n'
    ),
    "satu.en.md": "# Page one\n\nText.\n",
}


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, "utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"""site_name: Situs &amp; Uji
site_url: https://example.org/sub/
theme:
  name: material
  custom_dir: {REPO / "overrides"}
  language: id
  font: false
plugins:
  - search
  - i18n:
      docs_structure: suffix
      languages:
        - {{locale: id, name: Bahasa Indonesia, default: true}}
        - {{locale: en, name: English, site_name: Test Site}}
  - sosialisasi/i18n
  - sosialisasi/share
""",
        "utf-8",
    )
    return tmp_path


def test_tiny_site_tags_images_and_cache(tiny: Path):
    site = tiny / "site"
    first = mkdocs_build(tiny / "mkdocs.yml", site)
    assert first.returncode == 0, first.stderr
    assert "preview images: 4 drawn, 0 unchanged" in first.stderr
    check_site(site, "https://example.org/sub/")

    page = (site / "satu/index.html").read_text("utf-8")
    found = tags(page)
    # text escaped exactly once: the title reads as written, the HTML stays inert
    assert found["og:title"] == ['Halaman <satu> & "dua"']
    assert 'content="Halaman &lt;satu&gt; &amp; &#34;dua&#34;"' in page or (
        'content="Halaman &lt;satu&gt; &amp; &quot;dua&quot;"' in page
    )
    assert found["og:description"] == ["Deskripsi halaman satu."]
    assert found["og:site_name"] == ["Situs & Uji"]
    assert tags((site / "en/satu/index.html").read_text("utf-8"))["og:site_name"] == ["Test Site"]
    home = tags((site / "index.html").read_text("utf-8"))
    assert home["og:type"] == ["website"]
    # no description anywhere: the page's first paragraph
    assert home["og:description"] == ["Isi."]

    again = mkdocs_build(tiny / "mkdocs.yml", tiny / "site2")
    assert again.returncode == 0, again.stderr
    assert "preview images: 0 drawn, 4 unchanged" in again.stderr
    (tiny / "docs/satu.en.md").write_text("# Page one, renamed\n", "utf-8")
    third = mkdocs_build(tiny / "mkdocs.yml", tiny / "site3")
    assert "preview images: 1 drawn, 3 unchanged" in third.stderr


@pytest.mark.slow
def test_every_page_of_the_real_site_can_be_shared(built_site: Path):
    check_site(built_site, "https://netralitas.example.org/")


def test_a_region_site_names_its_region_on_the_cards():
    from types import SimpleNamespace

    from sosialisasi.mkdocs.site_data import region_name

    bali = SimpleNamespace(
        extra={"region_file": "region.yml"},
        config_file_path=str(REPO / "regions" / "bali" / "mkdocs.yml"),
    )
    assert region_name(bali) == "Pemerintah Provinsi Bali"
    national = SimpleNamespace(extra={}, config_file_path=str(REPO / "mkdocs.yml"))
    assert region_name(national) == ""
