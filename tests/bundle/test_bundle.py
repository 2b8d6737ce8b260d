"""`sosialisasi bundle`: the real site zipped, unzipped and used in Chromium over file://."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.helpers import REPO

NAME = "netralitas-asn-offline"


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sosialisasi.cli", "bundle", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bundle") / "kit.zip"
    result = run("--output", str(out))
    assert result.returncode == 0, result.stderr[-4000:]
    return out, result.stdout


@pytest.fixture(scope="module")
def unzipped(bundle: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(bundle[0]) as archive:
        archive.extractall(target)
    return target / NAME


def url(root: Path, page: str) -> str:
    return (root / page).as_uri()


def test_the_zip_holds_one_folder_with_the_site_and_a_start_page(bundle, unzipped: Path):
    path, stdout = bundle
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        sizes = sum(info.file_size for info in archive.infolist())
    assert all(name.startswith(f"{NAME}/") for name in names)
    for needed in (
        "BUKA-SAYA.html",
        "index.html",
        "en/index.html",
        "materi/larangan.html",
        "en/materi/larangan.html",
        "kuis/media-sosial/presentasi/index.html",
        "search/search_index.js",
        "en/search/search_index.js",
        "assets/vendor/iframe-worker/shim.js",
        "assets/vendor/iframe-worker/LICENSE.txt",
    ):
        assert f"{NAME}/{needed}" in names, needed
    assert f"{path.stat().st_size:,} bytes zipped" in stdout
    assert f"{len(names)} files, {sizes:,} bytes unzipped" in stdout


def test_what_no_browser_loads_is_left_out(unzipped: Path):
    assert list(unzipped.rglob("404.html")) == []  # no server answers a missing file with it
    assert list(unzipped.rglob("*.map")) == []
    assert not (unzipped / "assets" / "javascripts" / "lunr").exists()
    assert (unzipped / "assets" / "javascripts" / "workers").is_dir()


def test_nothing_is_fetched_from_a_third_party(unzipped: Path):
    for page in unzipped.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "unpkg.com" not in text, page
        assert not re.search(r'<script[^>]+src="https?:', text), page


def index_of(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("var __index = ")
    return json.loads(text[len("var __index = ") :])


def test_each_language_has_its_own_offline_search_index(unzipped: Path):
    indonesian = index_of(unzipped / "search" / "search_index.js")
    english = index_of(unzipped / "en" / "search" / "search_index.js")
    assert indonesian["docs"] and english["docs"]
    assert not any(doc["location"].startswith("en/") for doc in indonesian["docs"])
    assert english["config"]["lang"] == ["en"]


def only_indonesian_word(root: Path) -> str:
    """A long word of the Indonesian index that the English index never has."""
    words = {}
    for prefix in ("", "en/"):
        docs = index_of(root / prefix / "search" / "search_index.js")["docs"]
        text = " ".join(f"{doc['title']} {doc['text']}" for doc in docs).lower()
        words[prefix] = set(re.findall(r"[a-z]{9,}", text))
    candidates = sorted(words[""] - words["en/"])
    assert "menandatangani" in candidates  # the word the served site's search test uses
    return "menandatangani"


@pytest.mark.browser
class TestOverFileUrls:
    def test_navigation_and_no_request_leaves_the_folder(self, page: Page, unzipped: Path):
        seen: list[str] = []
        page.on("request", lambda request: seen.append(request.url))
        page.goto(url(unzipped, "BUKA-SAYA.html"))
        page.get_by_role("link", name="Buka situs dalam Bahasa Indonesia").click()
        expect(page).to_have_url(url(unzipped, "index.html"))
        page.locator(".md-nav__link", has_text="Larangan").first.click()
        expect(page).to_have_url(re.compile(r"/materi/larangan\.html$"))
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        others = [u for u in seen if not u.startswith(("file:", "data:", "blob:", "about:"))]
        assert others == []

    @pytest.mark.parametrize(
        ("start", "button", "language", "target", "lang"),
        [
            ("index.html", "Pilih bahasa", "English", "en/index.html", "en"),
            ("en/index.html", "Select language", "Bahasa Indonesia", "index.html", "id"),
            ("materi/sanksi.html", "Pilih bahasa", "English", "en/materi/sanksi.html", "en"),
            (
                "en/materi/sanksi.html",
                "Select language",
                "Bahasa Indonesia",
                "materi/sanksi.html",
                "id",
            ),
        ],
    )
    def test_language_switch_both_ways(
        self, page: Page, unzipped: Path, start, button, language, target, lang
    ):
        page.goto(url(unzipped, start))
        page.get_by_role("button", name=button).click()
        page.get_by_role("link", name=language).click()
        expect(page).to_have_url(url(unzipped, target))
        expect(page.locator("html")).to_have_attribute("lang", lang)

    @pytest.mark.parametrize(("start", "found"), [("index.html", True), ("en/index.html", False)])
    def test_search_answers_in_the_readers_language(
        self, page: Page, unzipped: Path, start: str, found: bool
    ):
        word = only_indonesian_word(unzipped)
        page.goto(url(unzipped, start))
        search = page.locator("input.md-search__input")
        search.click()
        search.press_sequentially(word)
        meta = page.locator(".md-search-result__meta")
        if found:
            expect(meta).to_contain_text("ditemukan")
            expect(page.locator(".md-search-result__item").first).to_be_visible()
        else:
            expect(meta).to_contain_text("No matching")

    def test_a_quiz_answer_is_kept_after_reload(self, page: Page, unzipped: Path):
        page.goto(url(unzipped, "materi/larangan.html"))
        question = page.locator("fieldset.sq-q").first
        question.locator("li[data-ok] input").first.check()
        question.locator(".sq-check").click()
        expect(question.locator(".sq-res")).to_have_text("Benar!")
        page.reload()
        question = page.locator("fieldset.sq-q").first
        expect(question.locator(".sq-res")).to_have_text("Benar!")
        expect(question.locator("li[data-ok] input").first).to_be_checked()

    def test_the_pledge_prints_with_the_name(self, page: Page, unzipped: Path):
        page.goto(url(unzipped, "ikrar.html"))
        page.fill("#ikrar-name", "Made Wirawan Luring")
        reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
        text = " ".join(p.extract_text() for p in reader.pages)
        assert len(reader.pages) == 1
        assert "Made Wirawan Luring" in re.sub(r"\s+", " ", text)

    def test_every_internal_link_of_every_page_opens_a_page(self, page: Page, unzipped: Path):
        """Each page opened over file://, each of its links resolved by Chromium and
        followed: a link ending in '/' would show a folder listing, not the page."""
        pages = sorted(unzipped.rglob("*.html"))
        targets: dict[str, str] = {}
        for html in pages:
            page.goto(html.as_uri())
            hrefs = page.eval_on_selector_all(
                "a[href]", "links => links.map(a => a.href.split('#')[0])"
            )
            for href in hrefs:
                if href.startswith("file:"):
                    targets.setdefault(href, html.relative_to(unzipped).as_posix())
        assert len(targets) > len(pages) / 2, "too few links found: is the page empty?"
        dead = []
        for target, source in sorted(targets.items()):
            path = Path(unquote(urlsplit(target).path))
            if path.suffix != ".html":  # a download (QR code, GIFT or Aiken file)
                if not path.is_file():
                    dead.append(f"{source} -> {target}: no such file")
                continue
            page.goto(target, wait_until="domcontentloaded")
            if not page.evaluate("document.contentType === 'text/html' && !!document.body"):
                dead.append(f"{source} -> {target}: not an HTML page")
            elif not path.is_file() or page.locator("#parentDirLinkBox").count():
                dead.append(f"{source} -> {target}: a folder listing")
        dead += [f"{s} -> {t}: a folder" for t, s in targets.items() if t.endswith("/")]
        assert not dead, "\n".join(dead)

    def test_the_trainer_links_under_a_quiz_open_their_pages(self, page: Page, unzipped: Path):
        for start in ("materi/larangan.html", "en/materi/larangan.html"):
            for link in range(3):  # presentation mode, worksheet, answer key
                page.goto(url(unzipped, start))
                page.locator("p.sq-trainer").first.locator("a").nth(link).click()
                expect(page).to_have_url(re.compile(r"/index\.html$"))
                expect(page.locator("h1")).to_be_visible()
                expect(page.locator("#parentDirLinkBox")).to_have_count(0)

    def test_presentation_mode_runs_from_the_folder(self, page: Page, unzipped: Path):
        page.goto(url(unzipped, "en/kuis/media-sosial/presentasi/index.html"))
        expect(page.locator("#tp-qr")).to_be_visible()
        page.keyboard.press("ArrowRight")
        expect(page.locator(".tp-progress")).to_have_text("1 / 12")
        page.get_by_role("link", name="Back to the quiz").click()
        expect(page).to_have_url(url(unzipped, "en/materi/larangan.html"))

    def test_the_exam_draws_its_result_code_from_the_folder(self, page: Page, unzipped: Path):
        page.goto(url(unzipped, "kuis/media-sosial/ujian/index.html"))
        page.locator(".sx-go").click()
        for question in page.locator("fieldset.sq-q").all():
            question.locator("label").first.click()
        page.locator(".sx-done").click()
        expect(page.locator(".sx-score")).to_contain_text("dari 12 benar")
        code = page.locator(".sx-code canvas").get_attribute("data-code") or ""
        assert code.startswith("SQR1|media-sosial|")

    def test_the_room_decoder_loads_from_the_folder(self, page: Page, unzipped: Path):
        page.goto(url(unzipped, "kuis/media-sosial/presentasi/index.html"))
        page.locator("[data-room-open]").click()
        page.locator('[data-room="start"]').click()  # no camera here: jsQR loads first
        expect(page.locator("[data-room-status]")).to_contain_text("Kamera tidak dapat dibuka")
        assert page.evaluate("typeof window.jsQR") == "function"

    def test_the_teleprompter_scrolls_from_the_folder(self, page: Page, unzipped: Path):
        page.goto(url(unzipped, "pakta.html"))
        page.locator("[data-tpr-open]").click()
        page.keyboard.press("Space")
        page.wait_for_timeout(1500)
        assert page.evaluate("document.querySelector('[data-tpr-text]').scrollTop") > 0


def test_a_region_is_bundled_under_its_own_name(tmp_path: Path):
    out = tmp_path / "bali.zip"
    result = run("--region", "bali", "--output", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        home = archive.read(f"{NAME}-bali/index.html").decode("utf-8")
        start = archive.read(f"{NAME}-bali/BUKA-SAYA.html").decode("utf-8")
    assert all(name.startswith(f"{NAME}-bali/") for name in names)
    assert "Provinsi Bali" in home and "Provinsi Bali" in start
    assert f"{NAME}-bali/en/search/search_index.js" in names


def test_bad_region_and_output_are_clear_errors(tmp_path: Path):
    result = run("--region", "atlantis")
    assert result.returncode == 2 and "no such region" in result.stderr
    result = run("--output", str(tmp_path / "kit.tar"))
    assert result.returncode == 2 and "end --output with '.zip'" in result.stderr


def test_a_site_without_the_offline_plugins_gets_a_clear_error(tmp_path: Path):
    config = REPO / "tests" / "fixtures" / "sites" / "bilingual" / "mkdocs.yml"
    out = tmp_path / "kit.zip"
    result = run("--config", str(config), "--output", str(out))
    assert result.returncode == 2
    assert (
        "did not build an offline site" in result.stderr and "sosialisasi/offline" in result.stderr
    )
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_failed_build_leaves_the_earlier_bundle(tmp_path: Path):
    out = tmp_path / "kit.zip"
    out.write_bytes(b"earlier bundle")
    config = REPO / "tests" / "fixtures" / "sites" / "quiz-errors" / "mkdocs.yml"
    result = run("--config", str(config), "--output", str(out))
    assert result.returncode == 2 and "No bundle was written" in result.stderr
    assert out.read_bytes() == b"earlier bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["kit.zip"]


def test_the_online_site_is_untouched_by_the_offline_plugins(built_site: Path):
    assert not (built_site / "assets" / "vendor").exists()
    assert not (built_site / "search" / "search_index.js").exists()
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "iframe-worker" not in home and 'href="materi/' in home
