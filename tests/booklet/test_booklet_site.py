"""The real site's booklet: every guidance page once, in nav order; its PDF (Chromium)
opens with pypdf, has an outline and A4 pages, stays under 3 MB, and the home pages then
link to it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from sosialisasi.booklet.pdf import SIZE_LIMIT, PdfError, find_chromium, make_pdfs
from sosialisasi.project import read_config
from tests.helpers import REPO

pytestmark = pytest.mark.slow


def guidance_urls() -> list[str]:
    """The nav's Materi section, in order, as page URLs."""
    nav = read_config(REPO / "mkdocs.yml")["nav"]
    materi = next(item["Materi"] for item in nav if isinstance(item, dict) and "Materi" in item)
    return [doc.removesuffix(".md") + "/" for doc in materi]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_booklet_holds_every_guidance_page_once_in_nav_order(built_site: Path, prefix):
    html = (built_site / prefix / "buklet/index.html").read_text("utf-8")
    urls = re.findall(r'<section class="booklet-page" id="[^"]+" data-url="([^"]+)"', html)
    assert urls == [prefix + url for url in guidance_urls()]
    toc = re.search(r'<nav class="booklet-toc".*?</nav>', html, re.S).group(0)
    assert len(re.findall(r"<li>", toc)) == len(urls)
    assert "data-booklet-pdf hidden" in html  # no PDF yet: its link stays hidden
    assert re.search(r"(Isi terakhir ditinjau|Content last reviewed) \d{4}-\d\d-\d\d", html)
    # sources read as names, not bare codes like "S14"
    assert not re.search(r'href="#p-materi-referensi--s\d+">S\d+</a>', html)
    home = (built_site / prefix / "index.html").read_text("utf-8")
    assert 'href="buklet/"' in home


@pytest.fixture(scope="module")
def printed(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("printed") / "site"
    shutil.copytree(built_site, site)
    chromium = find_chromium()
    assert chromium, "Chromium is needed to print the booklet (make system)"
    make_pdfs(site, chromium)
    return site


@pytest.mark.browser
@pytest.mark.parametrize(
    ("pdf", "first"),
    [
        ("buklet/netralitas-asn.pdf", "Apa itu netralitas ASN"),
        ("en/buklet/asn-neutrality.pdf", "What ASN neutrality means"),
    ],
)
def test_the_pdf_has_an_outline_a4_pages_and_fits_whatsapp(printed: Path, pdf: str, first):
    path = printed / pdf
    assert 0 < path.stat().st_size < SIZE_LIMIT
    reader = PdfReader(path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert first in titles
    assert len(reader.pages) >= len(guidance_urls())
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4, not Letter
    text = reader.pages[0].extract_text()
    assert "ASN" in text


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "en/"])
def test_after_printing_the_home_and_booklet_pages_link_the_pdf(printed: Path, prefix):
    for page in (f"{prefix}index.html", f"{prefix}buklet/index.html"):
        html = (printed / page).read_text("utf-8")
        assert "data-booklet-pdf hidden" not in html and "data-booklet-pdf" in html
        assert "data-href=" not in html
        pdf = re.search(r'data-booklet-pdf[^<]*<a href="([^"]+\.pdf)"', html).group(1)
        assert (printed / page).parent.joinpath(pdf).is_file()


def test_a_site_without_a_build_gets_a_clear_error(tmp_path: Path):
    with pytest.raises(PdfError, match="build the site first"):
        make_pdfs(tmp_path, "/usr/bin/chromium")
