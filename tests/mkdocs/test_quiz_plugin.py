"""The sosialisasi/quiz plugin in real `mkdocs build` runs of small fixture sites."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sosialisasi.quiz.catalog import load_catalog
from sosialisasi.quiz.manifest import STORAGE_KEY
from tests.helpers import REPO, gzip_size, mkdocs_build

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "quiz"
BROKEN = REPO / "tests" / "fixtures" / "sites" / "quiz-errors"
QUIZ_TEXT_TOKENS = ("soalzebra", "pilihanzebra", "tanggapanzebra", "penjelasanzebra")
QUIZ_TEXT_TOKENS_EN = ("questionzebra", "optionzebra", "feedbackzebra", "explanationzebra")
ASSET_BUDGET = 8 * 1024  # quiz.js + quiz.css, gzip -9


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("quiz-site")
    result = mkdocs_build(FIXTURE / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    return out


def read(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def quiz_of(html: str) -> str:
    start = html.index('<section class="sq"')
    return html[start : html.index("</section>", start) + len("</section>")]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.elements


def test_quiz_comes_after_the_page_text_in_each_language(site: Path):
    for page, check, heading in (
        ("materi/larangan", "Periksa jawaban", "Kuis: ASN dan media sosial"),
        ("en/materi/larangan", "Check answer", "Quiz: civil servants and social media"),
    ):
        html = read(site, page)
        assert html.index('id="hak-pilih"') < html.index('<section class="sq"')
        quiz = quiz_of(html)
        assert check in quiz and heading in quiz
        assert quiz.count('class="sq-q"') == 3


def test_semantic_form_with_native_controls(site: Path):
    quiz = quiz_of(read(site, "materi/larangan"))
    tags = [tag for tag, _ in elements(quiz)]
    assert tags.count("form") == 1
    assert tags.count("fieldset") == tags.count("legend") == 3
    inputs = [attrs for tag, attrs in elements(quiz) if tag == "input"]
    assert [a["type"] for a in inputs] == ["radio"] * 3 + ["checkbox"] * 3 + ["radio"] * 2
    assert 'role="status" aria-live="polite"' in quiz
    assert quiz.count("<details") == 3
    assert (
        '<summary><span class="sq-shut">Lihat jawaban dan penjelasan</span>'
        '<span class="sq-open">Tutup jawaban dan penjelasan</span></summary>'
    ) in quiz


def test_true_false_is_labelled_in_the_reader_language(site: Path):
    id_quiz = quiz_of(read(site, "materi/larangan"))
    en_quiz = quiz_of(read(site, "en/materi/larangan"))
    assert re.search(r'value="true"> <span class="sq-t">Benar</span>', id_quiz)
    assert re.search(r'value="false"> <span class="sq-t">Salah</span>', id_quiz)
    assert re.search(r'value="true"> <span class="sq-t">True</span>', en_quiz)


def test_answers_explanation_basis_and_reread_sit_in_details(site: Path):
    quiz = quiz_of(read(site, "en/materi/larangan"))
    details = quiz.split("<details", 1)[1].split("</details>", 1)[0]
    assert "<strong>Correct answer:</strong>" in details and "B. No" in details
    assert "A like is a form of <strong>support</strong> explanationzebra." in details
    assert '<a href="../referensi/#pp-94-2021">PP 94/2021 Article 5(n)</a>' in details
    assert '<a href="#media-sosial">Read again: Prohibitions for civil servants</a>' in details


def test_reread_from_another_page_goes_to_the_page_in_the_reader_language(site: Path):
    id_quiz = quiz_of(read(site, "materi/sebagian"))
    en_quiz = quiz_of(read(site, "en/materi/sebagian"))
    assert '<a href="../larangan/#hak-pilih">Baca lagi: Larangan bagi ASN</a>' in id_quiz
    assert (
        '<a href="../larangan/#hak-pilih">Read again: Prohibitions for civil servants</a>'
        in en_quiz
    )


def test_a_page_can_show_some_questions_in_its_own_order(site: Path):
    quiz = quiz_of(read(site, "materi/sebagian"))
    assert re.findall(r'data-q="([^"]+)"', quiz) == ["boleh-mencoblos", "like-unggahan"]


def test_untranslated_page_shows_its_quiz_in_the_reader_language(site: Path):
    quiz = quiz_of(read(site, "en/materi/hanya-id"))
    assert "Quiz: neutrality" in quiz and "Consider this case:" in quiz
    assert "Perhatikan" not in quiz
    # a question with a list is a stem outside the legend, described by it
    assert '<legend><span class="sq-n">Question 1</span></legend>' in quiz
    assert (
        'aria-describedby="sq-netralitas-kasus-rapat-stem sq-netralitas-kasus-rapat-hint"' in quiz
    )


def test_quiz_assets_load_only_on_quiz_pages(site: Path):
    for page in ("materi/larangan", "en/materi/larangan", "en/materi/hanya-id", "uji/jahat"):
        html = read(site, page)
        depth = "../" * page.count("/") + "../"
        assert re.search(
            rf'<link rel="stylesheet" href="{depth}assets/sosialisasi/quiz\.css\?v=\w+">', html
        )
        assert re.search(
            rf'<script src="{depth}assets/sosialisasi/quiz\.js\?v=\w+" defer></script>', html
        )
    for page in ("", "en", "materi/tanpa-kuis", "en/materi/tanpa-kuis", "materi/referensi"):
        html = (site / page / "index.html").read_text()
        assert "quiz.js" not in html and "quiz.css" not in html and "sq-" not in html, page
    assert "quiz.js" not in (site / "404.html").read_text()


def test_assets_are_written_once_and_fit_the_budget(site: Path):
    folder = site / "assets" / "sosialisasi"
    assert (folder / "quiz.js").is_file() and (folder / "quiz.css").is_file()
    assert not (site / "en" / "assets" / "sosialisasi" / "quiz.js").exists()
    total = gzip_size(folder / "quiz.js") + gzip_size(folder / "quiz.css")
    assert total <= ASSET_BUDGET, f"quiz assets are {total} bytes gzipped"
    for name in ("quiz.js", "quiz.css"):
        text = (folder / name).read_text()
        assert "http://" not in text and "https://" not in text, f"{name} fetches nothing"


def test_no_quiz_text_reaches_the_search_index(site: Path):
    for index, tokens in (
        ("search/search_index.json", QUIZ_TEXT_TOKENS),
        ("en/search/search_index.json", QUIZ_TEXT_TOKENS_EN),
    ):
        text = (site / index).read_text()
        assert "kerbauputih" in text or "whitebuffalo" in text  # page text is indexed
        for token in tokens:
            assert token in read(site, "materi/larangan") + read(site, "en/materi/larangan")
            assert token not in text, f"{token} leaked into {index}"
        for ui in ("Periksa jawaban", "Check answer", "Lihat jawaban", "Correct answer", "Skor"):
            assert ui not in text


def test_no_quiz_text_of_any_bank_reaches_the_search_index(site: Path):
    catalog = load_catalog(FIXTURE / "docs", FIXTURE / "quizzes", ("id", "en"))
    for locale, index in (("id", "search"), ("en", "en/search")):
        text = json.loads((site / index / "search_index.json").read_text())["docs"]
        indexed = " ".join(d["title"] + " " + d["text"] for d in text)
        for report in catalog.reports.values():
            assert report.bank is not None
            for question in report.bank:
                texts = [question.text, question.explanation]
                texts += [o.text for o in question.options if o.text]
                texts += [o.feedback for o in question.options if o.feedback]
                for value in texts:
                    words = re.sub(r"[*_`<>]", "", value.get(locale))[:30]
                    if len(words) >= 12:  # "No" and "Yes" are in ordinary page text too
                        assert words not in indexed, words


def test_quiz_is_listed_in_the_table_of_contents(site: Path):
    html = read(site, "en/materi/larangan")
    toc = html.split("md-nav--secondary", 1)[1].split("</nav>", 1)[0]
    assert 'href="#sq-media-sosial-title"' in toc
    assert "Quiz: civil servants and social media" in toc


def test_manifest_lists_banks_questions_and_pages(site: Path):
    manifest = json.loads((site / "assets/sosialisasi/quizzes.json").read_text())
    assert manifest["version"] == 1 and manifest["storage_key"] == STORAGE_KEY
    banks = {bank["id"]: bank for bank in manifest["banks"]}
    assert set(banks) == {"jahat", "media-sosial", "netralitas"}
    catalog = load_catalog(FIXTURE / "docs", FIXTURE / "quizzes", ("id", "en"))
    media = catalog.bank("media-sosial")
    assert media is not None
    assert banks["media-sosial"]["questions"] == [{"id": q.id, "hash": q.key_hash} for q in media]
    assert banks["media-sosial"]["pages"] == {
        "id": ["materi/larangan/", "materi/sebagian/"],
        "en": ["en/materi/larangan/", "en/materi/sebagian/"],
    }
    assert banks["netralitas"]["title"] == {"id": "Kuis: netralitas", "en": "Quiz: neutrality"}
    assert "explanation" not in json.dumps(manifest), "the manifest carries no answer text"


def test_key_hash_is_in_the_page_for_progress(site: Path):
    quiz = quiz_of(read(site, "materi/larangan"))
    catalog = load_catalog(FIXTURE / "docs", FIXTURE / "quizzes", ("id", "en"))
    bank = catalog.bank("media-sosial")
    assert bank is not None
    for question in bank:
        assert (
            f'data-q="{question.id}" data-type="{question.type}" data-h="{question.key_hash}"'
            in quiz
        )


def test_hostile_bank_texts_render_inert(site: Path):
    for page in ("uji/jahat", "en/uji/jahat"):
        quiz = quiz_of(read(site, page))
        for tag, attrs in elements(quiz):
            assert tag not in ("script", "iframe", "img", "svg", "style", "object"), tag
            for name, value in attrs.items():
                assert not name.startswith("on"), (tag, name)
                if name in ("href", "src", "action", "formaction"):
                    scheme = (value or "").strip().lower().split(":", 1)[0]
                    assert ":" not in (value or "") or scheme in ("http", "https"), value
    for page in ("uji/jahat", "en/uji/jahat"):  # the whole page: TOC, title, everything
        html = read(site, page)
        for tag, attrs in elements(html):
            assert not any(name.startswith("on") for name in attrs), (page, tag, attrs)
        scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
        assert not any("__xss" in script for script in scripts), page
    toc = read(site, "uji/jahat").split("md-nav--secondary", 1)[1].split("</nav>", 1)[0]
    assert "Kuis &lt;script&gt;window.__xss = 1&lt;/script&gt; jahat" in toc
    id_quiz = quiz_of(read(site, "uji/jahat"))
    assert "&lt;script&gt;window.__xss = 5&lt;/script&gt;" in id_quiz  # shown as text
    en_quiz = quiz_of(read(site, "en/uji/jahat"))
    assert '<a href="https://example.org/">ok link</a>' in en_quiz  # safe links still work
    assert "[link](javascript:window.__xss=7)" in en_quiz  # unsafe ones stay text


def test_strict_build_fails_on_every_quiz_error_with_file_and_line(tmp_path: Path):
    result = mkdocs_build(BROKEN / "mkdocs.yml", tmp_path / "out")
    assert result.returncode != 0
    log = result.stderr
    for expected in (
        "docs/q120-bank-tak-ada.md:3: error Q120 [quiz]",
        "docs/q121-pertanyaan-tak-ada.md:3: error Q121 [q9]",
        "docs/q123-quiz-salah-tulis.md:3: error Q123 [quiz]",
        "docs/q124-versi-beda.en.md:3: error Q124 [quiz]",
        "quizzes/q122-tidak-dipakai.md:1: warning Q122",
        "quizzes/q125-reread-tanpa-halaman.md:14: error Q125 [q1]",
        "quizzes/q126-sumber-tak-dikenal.md:13: warning Q126 [q1]",
        "quizzes/q127-jangkar-tak-ada.md:14: warning Q127 [q1]",
    ):
        assert expected in log, expected
        assert log.count(expected) == 1, f"logged once, not once per language: {expected}"
    assert "Traceback" not in log


def test_invalid_bank_fails_strict_and_publishes_nothing_of_it(tmp_path: Path):
    site_src = tmp_path / "src"
    shutil.copytree(FIXTURE, site_src)
    config = site_src / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../../overrides", str(REPO / "overrides")))
    bank = site_src / "quizzes" / "media-sosial.md"
    bank.write_text(bank.read_text().replace("type: multiple", "type: multi"))
    strict = mkdocs_build(config, tmp_path / "strict")
    assert strict.returncode != 0
    assert "quizzes/media-sosial.md:33: error Q107 [bentuk-dukungan]" in strict.stderr
    loose = mkdocs_build(config, tmp_path / "loose", strict=False)
    assert loose.returncode == 0, loose.stderr
    for page in ("materi/larangan", "en/materi/larangan"):
        html = (tmp_path / "loose" / page / "index.html").read_text()
        assert "sq-" not in html and "soalzebra" not in html and "type: multi" not in html
        assert "quiz.js" not in html
    assert "Traceback" not in loose.stderr


def test_plugin_can_be_disabled(tmp_path: Path):
    site_src = tmp_path / "src"
    shutil.copytree(FIXTURE, site_src)
    config = site_src / "mkdocs.yml"
    text = config.read_text().replace("../../../../overrides", str(REPO / "overrides"))
    config.write_text(
        text.replace("  - sosialisasi/quiz\n", "  - sosialisasi/quiz:\n      enabled: false\n")
    )
    result = mkdocs_build(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "sq-" not in read(tmp_path / "out", "materi/larangan")
    assert not (tmp_path / "out" / "assets/sosialisasi/quiz.js").exists()


def test_a_page_without_a_quiz_can_ask_for_the_quiz_script(tmp_path: Path):
    site_src = tmp_path / "src"
    shutil.copytree(FIXTURE, site_src)
    config = site_src / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../../overrides", str(REPO / "overrides")))
    page = site_src / "docs" / "materi" / "tanpa-kuis.id.md"
    page.write_text(
        page.read_text().replace("title: Tanpa kuis", "title: Tanpa kuis\nquiz_assets: true")
    )
    result = mkdocs_build(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = read(tmp_path / "out", "materi/tanpa-kuis")
    assert 'src="../../assets/sosialisasi/quiz.js?v=' in html and "sq-q" not in html
    assert "quiz.js" not in read(tmp_path / "out", "en/materi/tanpa-kuis")


def test_mkdocs_serve_explains_a_missing_quiz_on_the_page_and_a_build_never_does():
    from sosialisasi.mkdocs.quiz.plugin import QuizPlugin
    from sosialisasi.quiz.pages import QuizRef

    plugin = QuizPlugin()
    plugin.catalog = load_catalog(BROKEN / "docs", BROKEN / "quizzes", ("id", "en"))
    ref = QuizRef(bank="tidak-ada")
    plugin.on_startup(command="build", dirty=False)
    assert plugin._problem_notice(ref) == ""
    plugin.on_startup(command="serve", dirty=False)
    notice = plugin._problem_notice(ref)
    assert notice.startswith('<div class="admonition danger" data-search-exclude>')
    assert "error Q120 [quiz]: the page names the quiz bank &#39;tidak-ada&#39;" in notice
