"""The pledge page and the trainer pages: both languages in step, links and sources resolve."""

from __future__ import annotations

import re

import pytest

from tests.content._content import (
    CONTENT,
    LANGUAGES,
    anchors,
    headings,
    is_external,
    links,
    load_page,
    resolve_page,
)

PAGES = ["ikrar", "pelatih/index", "pelatih/ringkasan", "pelatih/mitos", "panduan/menyusun-se"]
RAW_HTML = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|<!--")
# Only the pledge speaks of the region (its institution's name); the rest never templates.
TEMPLATED = {"ikrar"}


def path(stem: str, lang: str):
    return CONTENT / f"{stem}.{lang}.md"


@pytest.mark.parametrize("stem", PAGES)
def test_both_languages_exist_with_review_dates(stem):
    for lang in LANGUAGES:
        meta = load_page(path(stem, lang)).metadata
        for key in ("title", "description", "last_reviewed", "review_by"):
            assert key in meta, f"{stem}.{lang}: no {key}"
        assert meta["review_by"] > meta["last_reviewed"]


@pytest.mark.parametrize("stem", PAGES)
def test_same_sections_and_same_page_settings_in_both_languages(stem):
    versions = [load_page(path(stem, lang)) for lang in LANGUAGES]
    structures = [[(lvl, a) for lvl, _, a in headings(v.content)] for v in versions]
    assert structures[0] == structures[1]
    assert all(a for level, a in structures[0] if level > 1), "every section needs an anchor"
    for key in ("ikrar", "handout"):
        assert versions[0].metadata.get(key) == versions[1].metadata.get(key)


@pytest.mark.parametrize("stem", PAGES)
def test_both_languages_cite_the_same_sources(stem):
    cited = [
        sorted(
            t.split("#", 1)[1]
            for t in links(load_page(path(stem, lang)).content)
            if "referensi.md#" in t
        )
        for lang in LANGUAGES
    ]
    assert cited[0] == cited[1] and cited[0], f"{stem}: citations differ or are missing"


@pytest.mark.parametrize(("stem", "lang"), [(s, lang) for s in PAGES for lang in LANGUAGES])
def test_links_and_anchors_resolve(stem, lang):
    source = path(stem, lang)
    problems = []
    for target in links(load_page(source).content):
        if is_external(target):
            problems.append(f"{target}: pages link inside the site (offline use)")
            continue
        page, _, anchor = target.partition("#")
        dest = source if not page else resolve_page(source, page, lang)
        if dest is None:
            problems.append(f"{target}: no such page")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            problems.append(f"{target}: no anchor #{anchor} in {dest.name}")
    assert not problems, f"{stem}.{lang}: " + "; ".join(problems)


@pytest.mark.parametrize(("stem", "lang"), [(s, lang) for s in PAGES for lang in LANGUAGES])
def test_no_raw_html_and_templating_only_where_the_region_speaks(stem, lang):
    text = path(stem, lang).read_text("utf-8")
    body = re.sub(r"`[^`\n]*`", "", load_page(path(stem, lang)).content)
    body = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", body) if stem in TEMPLATED else body
    html = RAW_HTML.search(body)
    assert not html, f"{stem}.{lang}: raw HTML {html.group(0)!r}"
    if stem not in TEMPLATED:
        assert not any(marker in text for marker in ("{{", "{%", "{#"))


def test_the_pledge_keeps_the_four_points_without_the_copied_clause():
    for lang in LANGUAGES:
        body = load_page(path("ikrar", lang)).content
        pledge = body.split("{ #teks-ikrar }", 1)[1].split("\n## ", 1)[0]
        assert len(re.findall(r"^\d\. ", pledge, re.MULTILINE)) == 4
        assert "Dinas Pemberdayaan" not in pledge and "Provinsi Bali" not in pledge
        assert "2024" not in pledge, "the pledge is not tied to one election year"
        assert "region.name" in pledge, "a region's institution name is used where set"
