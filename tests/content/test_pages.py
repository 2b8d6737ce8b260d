"""Guidance pages under content/materi: languages, frontmatter, structure, links, no HTML."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.content._content import (
    LANGUAGES,
    MATERI,
    REFERENCES,
    anchors,
    banks,
    headings,
    is_external,
    links,
    load_page,
    page_path,
    page_stems,
    quiz_reference,
    resolve_page,
)

STEMS = page_stems()
PAGES = [(stem, lang) for stem in STEMS for lang in LANGUAGES]
EXPECTED = {
    "netralitas",
    "larangan",
    "yang-boleh",
    "sanksi",
    "deklarasi",
    "ikrar-dan-pakta",
    "surat-edaran",
    "pelaporan",
    "tanya-jawab",
    "glosarium",
    REFERENCES,
    # guidance added after the content review of December 2026
    "jadwal",
    "jika-dilaporkan",
    "tekanan-atasan",
    "non-asn",
    "desa",
}
RAW_HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|<!--")


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise AssertionError(f"not a date: {value!r}")


def test_the_expected_pages_exist():
    missing = EXPECTED - set(STEMS)
    assert not missing, f"pages missing from content/materi: {sorted(missing)}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_page_exists_in_both_languages(stem):
    for lang in LANGUAGES:
        assert page_path(stem, lang).exists(), f"{stem}.{lang}.md is missing"


def test_no_file_without_a_language_suffix():
    odd = [
        p.name
        for p in MATERI.glob("*.md")
        if p.name.count(".") != 2 or p.name.split(".")[1] not in LANGUAGES
    ]
    assert not odd, f"files without an id/en suffix: {odd}"


@pytest.mark.parametrize(("stem", "lang"), PAGES)
def test_frontmatter_fields(stem, lang):
    meta = load_page(page_path(stem, lang)).metadata
    for key in ("title", "description", "last_reviewed", "review_by"):
        assert key in meta, f"{stem}.{lang}: frontmatter lacks {key}"
    assert isinstance(meta["title"], str) and meta["title"].strip()
    assert isinstance(meta["description"], str) and len(meta["description"].strip()) >= 20
    reviewed, due = _date(meta["last_reviewed"]), _date(meta["review_by"])
    assert due > reviewed, f"{stem}.{lang}: review_by must come after last_reviewed"


@pytest.mark.parametrize(("stem", "lang"), PAGES)
def test_h1_equals_title(stem, lang):
    post = load_page(page_path(stem, lang))
    hs = headings(post.content)
    assert hs and hs[0][0] == 1, f"{stem}.{lang}: the page must start with an H1"
    assert hs[0][1] == post.metadata["title"], (
        f"{stem}.{lang}: H1 {hs[0][1]!r} differs from the title"
    )
    assert [h for h in hs if h[0] == 1] == [hs[0]], f"{stem}.{lang}: more than one H1"


@pytest.mark.parametrize("stem", STEMS)
def test_both_languages_show_the_same_quiz(stem):
    quizzes = [load_page(page_path(stem, lang)).metadata.get("quiz") for lang in LANGUAGES]
    assert quizzes[0] == quizzes[1], f"{stem}: quiz differs between languages: {quizzes}"


@pytest.mark.parametrize("stem", STEMS)
def test_the_quiz_named_by_a_page_exists(stem):
    bank, selected = quiz_reference(load_page(page_path(stem, "id")).metadata)
    if bank is None:
        return
    assert bank in banks(), f"{stem}: quiz bank {bank!r} not found in quizzes/"
    if selected is not None:
        ids = {q["id"] for q in banks()[bank]["questions"]}
        unknown = [q for q in selected if q not in ids]
        assert not unknown, f"{stem}: questions {unknown} are not in bank {bank}"


@pytest.mark.parametrize("stem", STEMS)
def test_both_languages_have_the_same_section_structure(stem):
    structure = {
        lang: [
            (level, anchor)
            for level, _, anchor in headings(load_page(page_path(stem, lang)).content)
        ]
        for lang in LANGUAGES
    }
    assert structure["id"] == structure["en"], (
        f"{stem}: heading levels/anchors differ between id and en"
    )


@pytest.mark.parametrize(("stem", "lang"), PAGES)
def test_sections_below_h1_have_explicit_anchors(stem, lang):
    bare = [
        t
        for level, t, a in headings(load_page(page_path(stem, lang)).content)
        if level > 1 and not a
    ]
    assert not bare, f"{stem}.{lang}: headings without an explicit {{ #id }} anchor: {bare}"


@pytest.mark.parametrize(("stem", "lang"), PAGES)
def test_anchors_are_unique_in_a_page(stem, lang):
    found = [a for _, _, a in headings(load_page(page_path(stem, lang)).content) if a]
    dupes = sorted({a for a in found if found.count(a) > 1})
    assert not dupes, f"{stem}.{lang}: duplicate anchors {dupes}"


@pytest.mark.parametrize(("stem", "lang"), PAGES)
def test_internal_links_resolve(stem, lang):
    source = page_path(stem, lang)
    problems = []
    for target in links(load_page(source).content):
        if is_external(target):
            continue
        path, _, anchor = target.partition("#")
        dest = source if not path else resolve_page(source, path, lang)
        if dest is None:
            problems.append(f"{target}: no such page")
            continue
        if anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            problems.append(f"{target}: no anchor #{anchor} in {dest.name}")
    assert not problems, f"{stem}.{lang}: " + "; ".join(problems)


@pytest.mark.parametrize(("stem", "lang"), PAGES)
def test_no_templating_markers_or_raw_html(stem, lang):
    text = page_path(stem, lang).read_text("utf-8")
    for marker in ("{{", "{%", "{#"):
        assert marker not in text, f"{stem}.{lang}: contains reserved {marker!r}"
    body = re.sub(r"`[^`\n]*`", "", load_page(page_path(stem, lang)).content)
    html = RAW_HTML.search(body)
    assert not html, f"{stem}.{lang}: raw HTML {html.group(0)!r}"


@pytest.mark.parametrize(("stem", "lang"), [(s, lang) for s, lang in PAGES if s != REFERENCES])
def test_pages_cite_the_references_page(stem, lang):
    cited = [
        t
        for t in links(load_page(page_path(stem, lang)).content)
        if t.startswith(f"{REFERENCES}.md#")
    ]
    assert cited, f"{stem}.{lang}: no citation linked to the references page"


@pytest.mark.parametrize("stem", STEMS)
def test_both_languages_cite_the_same_sources(stem):
    cited = {
        lang: sorted(
            t
            for t in links(load_page(page_path(stem, lang)).content)
            if t.startswith(f"{REFERENCES}.md#")
        )
        for lang in LANGUAGES
    }
    assert cited["id"] == cited["en"], f"{stem}: the citations differ between id and en"
