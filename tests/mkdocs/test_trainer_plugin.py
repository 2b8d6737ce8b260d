"""The sosialisasi/trainer plugin in real `mkdocs build` runs of a small fixture site."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import segno

from tests.helpers import REPO, mkdocs_build

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "trainer"
KINDS = ("presentasi", "lembar", "kunci", "ujian")
BANKS = ("pertama", "kedua")
LANGS = {"id": "", "en": "en/"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("trainer-site")
    result = mkdocs_build(FIXTURE / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def file_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built with use_directory_urls: false, as Material's offline plugin builds."""
    out = tmp_path_factory.mktemp("trainer-file-site")
    result = mkdocs_build(FIXTURE / "mkdocs-files.yml", out)
    assert result.returncode == 0, result.stderr
    return out


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.urls.append(value)


def local_links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return [url for url in parser.urls if not urlsplit(url).scheme and not url.startswith("#")]


def resolves(site: Path, page: Path, url: str) -> bool:
    """A relative link from a built file points at a file of the site (dir -> index.html)."""
    base = "file://" + str(page)
    target = Path(urlsplit(urljoin(base, url)).path)
    if target.is_dir():
        target = target / "index.html"
    return target.is_file() and site in target.parents


def trainer_page(site: Path, lang: str, bank: str, kind: str) -> Path:
    return site / LANGS[lang] / "kuis" / bank / kind / "index.html"


@pytest.mark.parametrize("lang", LANGS)
def test_every_bank_gets_three_pages_and_a_qr_file_per_language(site: Path, lang: str):
    for bank in BANKS:
        for kind in KINDS:
            html = trainer_page(site, lang, bank, kind).read_text(encoding="utf-8")
            assert f'<html lang="{lang}">' in html
            assert f'data-kind="{kind}"' in html
        svg = (site / LANGS[lang] / "kuis" / bank / "qr.svg").read_text(encoding="utf-8")
        assert svg.startswith("<?xml") and "<svg" in svg


@pytest.mark.parametrize("built", ["site", "file_site"])
def test_every_link_of_a_trainer_page_resolves(built: str, request: pytest.FixtureRequest):
    site = request.getfixturevalue(built)
    for lang in LANGS:
        for bank in BANKS:
            for kind in KINDS:
                page = trainer_page(site, lang, bank, kind)
                links = local_links(page.read_text(encoding="utf-8"))
                assert len(links) >= 6  # css, js, quiz page, 2 siblings, other language
                broken = [url for url in links if not resolves(site, page, url.split("?")[0])]
                assert broken == [], f"{page}: {broken}"


def test_file_urls_name_index_html_and_the_qr_still_opens_the_published_page(file_site: Path):
    html = trainer_page(file_site, "en", "pertama", "presentasi").read_text(encoding="utf-8")
    assert 'href="../lembar/index.html"' in html
    assert 'href="../../../materi/pertama.html"' in html
    assert "https://example.org/pelatihan/en/materi/pertama/</a>" in html


@pytest.mark.parametrize(("lang", "prefix"), LANGS.items())
def test_the_qr_code_encodes_the_quiz_page_at_site_url(site: Path, lang: str, prefix: str):
    html = trainer_page(site, lang, "pertama", "presentasi").read_text(encoding="utf-8")
    url = f"https://example.org/pelatihan/{prefix}materi/pertama/"
    expected = segno.make(url, error="m", micro=False)
    svg = re.search(r"<svg .*?</svg>", html, re.S)
    assert svg is not None and '<title id="tp-qr-t">' in svg.group(0)
    # The same modules segno draws for the expected URL: same path data, same size.
    reference = expected.svg_inline(scale=1, border=4, omitsize=True)
    path = re.search(r'<path class="qrline" stroke="#000" d="([^"]+)"', svg.group(0))
    assert path is not None and f'd="{path.group(1)}"' in reference
    assert f'href="{url}"' in html


def test_a_bank_shown_in_part_points_at_the_page_showing_it(site: Path):
    html = trainer_page(site, "id", "kedua", "presentasi").read_text(encoding="utf-8")
    assert "https://example.org/pelatihan/materi/kedua/" in html
    assert html.count('class="sq-q"') == 2  # the trainer pages carry the whole bank


def test_worksheet_has_no_open_answer_and_the_key_has_every_answer_open(site: Path):
    sheet = trainer_page(site, "id", "pertama", "lembar").read_text(encoding="utf-8")
    key = trainer_page(site, "id", "pertama", "kunci").read_text(encoding="utf-8")
    assert '<details class="sq-ans" open>' not in sheet
    assert key.count('<details class="sq-ans" open>') == 2
    assert "Tanggapanzebra salah." in key and "Penjelasanzebra rapat." in key
    assert "UU 20/2023 Pasal 9 ayat (2)" in key
    for field in ("Nama", "Unit kerja", "Tanggal", "Nilai"):
        assert f'{field}: <span class="tp-line' in sheet


def test_titles_and_texts_are_escaped_everywhere(site: Path):
    for lang in LANGS:
        for kind in KINDS:
            html = trainer_page(site, lang, "pertama", kind).read_text(encoding="utf-8")
            assert "<script>window" not in html and "<img src=x" not in html
            # trainer.js (and room.js on the presentation); the exam page: the vendored QR
            # encoder and exam.js
            assert html.count("<script") == (2 if kind in ("ujian", "presentasi") else 1)
            assert "style=" not in html  # strict CSP: no inline style
    listing = (site / "alat" / "index.html").read_text(encoding="utf-8")
    assert "Kuis &lt;script&gt;window.__xss = 1&lt;/script&gt; pertama" in listing


@pytest.mark.parametrize(
    ("page", "tools"),
    [("materi/pertama", "Mode presentasi"), ("en/materi/pertama", "Presentation mode")],
)
def test_each_quiz_links_its_trainer_pages(site: Path, page: str, tools: str):
    path = site / page / "index.html"
    html = path.read_text(encoding="utf-8")
    section = html[html.index('<section class="sq"') :]
    section = section[: section.index("</section>")]
    links = re.search(r'<p class="sq-trainer" data-search-exclude>.*?</p>', section, re.S)
    assert links is not None and tools in links.group(0)
    hrefs = local_links(links.group(0))
    assert [h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs] == list(KINDS)
    assert all(resolves(site, path, href) for href in hrefs)


@pytest.mark.parametrize(("page", "first"), [("alat", "Kuis kedua"), ("en/alat", "Second quiz")])
def test_the_list_page_shows_every_bank_in_reading_order_after_its_heading(
    site: Path, page: str, first: str
):
    path = site / page / "index.html"
    html = path.read_text(encoding="utf-8")
    table = re.search(r'<table class="sq-trainer-list">.*?</table>', html, re.S)
    assert table is not None
    assert html.index('id="daftar-kuis"') < table.start() < html.index('id="sesudah"')
    rows = re.findall(r"<tr><td>(.*?)</td><td>(\d+)</td>", table.group(0))
    assert len(rows) == 2 and first in rows[0][0]  # nav: kedua before pertama
    assert [count for _, count in rows] == ["2", "2"]
    assert all(resolves(site, path, href) for href in local_links(table.group(0)))


def test_a_page_in_the_trainer_folder_stops_the_strict_build(tmp_path: Path):
    copy = tmp_path / "site"
    shutil.copytree(FIXTURE, copy)
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("../../../../overrides", str(REPO / "overrides")), "utf-8")
    (copy / "docs" / "kuis").mkdir()
    (copy / "docs" / "kuis" / "catatan.md").write_text("# Catatan\n", encoding="utf-8")
    result = mkdocs_build(config, tmp_path / "out")
    assert result.returncode != 0
    assert "kuis/catatan.md would be published at kuis/catatan" in result.stderr
    assert "where the trainer pages of the quizzes go" in result.stderr


@pytest.mark.parametrize(
    ("lang", "site_name"), [("id", "Situs Pelatih Uji"), ("en", "Trainer Test Site")]
)
def test_moodle_files_of_every_bank_are_published_in_each_language(
    site: Path, lang: str, site_name: str
):
    from tests.export.moodle_reader import read_aiken, read_gift

    for bank, count in (("pertama", 2), ("kedua", 2)):
        folder = site / LANGS[lang] / "kuis" / bank
        gift = read_gift((folder / "moodle-gift.txt").read_text(encoding="utf-8"))
        assert len(gift) == count and gift[0].category[2] == site_name
        aiken, errors = read_aiken((folder / "moodle-aiken.txt").read_text(encoding="utf-8"))
        assert errors == [] and len(aiken) == (2 if bank == "pertama" else 1)
    listing = (site / LANGS[lang] / "alat" / "index.html").read_text(encoding="utf-8")
    assert listing.count('moodle-gift.txt">GIFT</a>') == 2
