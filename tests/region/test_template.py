"""Page templating over region data: values, markers, escaping, errors with lines, sandbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sosialisasi.diagnostics import Severity
from sosialisasi.region.model import EMPTY_REGION, Circular, Level, Official, Region, Source
from sosialisasi.region.template import (
    PageInfo,
    TemplateProblem,
    markdown_text,
    render,
)
from sosialisasi.site.frontmatter import read_frontmatter

PAGE = Path("regions/contoh/content/daerah/index.id.md")
REGION = Region(
    slug="contoh",
    name="Pemerintah Kabupaten Contoh",
    level=Level.KABUPATEN,
    head=Official(name="Budi Contoh", title="Pj Bupati Contoh", source="S1"),
    circulars=(
        Circular(
            title="Surat Edaran tentang Netralitas ASN",
            date=dt.date(2024, 10, 8),
            summary={"id": "Ringkasan.", "en": "Summary."},
            file="daerah/se.pdf",
            unknown=("number",),
        ),
    ),
    sources=(Source(key="S1", title="Berita Contoh", url="https://example.org/b"),),
)


def page(locale: str = "id", offset: int = 0, src_uri: str = "daerah/index.id.md") -> PageInfo:
    return PageInfo(locale=locale, file=PAGE, src_uri=src_uri, line_offset=offset)


def test_page_without_template_is_returned_untouched():
    text = "# Judul\n\nTanpa variabel {sama sekali}.\n"
    assert render(text, REGION, page()) == (text, [])


@pytest.mark.parametrize(
    ("source", "locale", "expected"),
    [
        ("{{ region.name }}", "id", "Pemerintah Kabupaten Contoh"),
        ("{{ region.level }}", "id", "kabupaten"),
        ("{{ region.level }}", "en", "regency"),
        ("{{ region.level.code }}", "en", "kabupaten"),
        ("{{ region.head }}", "id", "Pj Bupati Contoh Budi Contoh"),
        ("{{ region.circulars[0].date }}", "id", "8 Oktober 2024"),
        ("{{ region.circulars[0].date }}", "en", "8 October 2024"),
        ("{{ region.circulars[0].date.iso }}", "en", "2024-10-08"),
        ("{{ region.circulars[0].summary }}", "en", "Summary\\."),
        ("{{ region.head.source.title }}", "id", "Berita Contoh"),
        ("{{ region.head.source.url }}", "id", "https://example.org/b"),
        ("{{ region.circulars | length }}", "id", "1"),
        ("{% if region.level == 'kabupaten' %}ya{% endif %}", "id", "ya"),
        ("{% if region %}daerah{% else %}nasional{% endif %}", "id", "daerah"),
        ("{{ lang }}", "en", "en"),
    ],
)
def test_region_values_in_both_languages(source, locale, expected):
    text, found = render(source, REGION, page(locale))
    assert text == expected
    assert found == []


def test_a_file_is_linked_relative_to_the_page():
    assert render("{{ region.circulars[0].file }}", REGION, page())[0] == "se.pdf"
    other = page(src_uri="lain/dalam/x.en.md")
    assert render("{{ region.circulars[0].file }}", REGION, other)[0] == "../../daerah/se.pdf"


@pytest.mark.parametrize(("locale", "marker"), [("id", "belum diisi"), ("en", "not filled yet")])
def test_empty_field_shows_marker_in_page_language_and_is_a_finding(locale, marker):
    text, found = render("Sekda:\n\n{{ region.secretary.name }}\n", REGION, page(locale, 4))
    assert text == f"Sekda:\n\n*{marker}*{{ .sosialisasi-unfilled }}\n"
    assert len(found) == 1
    finding = found[0]
    assert (finding.code, finding.severity) == ("R123", Severity.WARNING)
    assert (finding.file, finding.line) == (PAGE, 3 + 4)
    assert finding.subject == "region.secretary.name"
    assert "region.yml" in finding.hint


def test_gap_listed_as_unknown_still_shows_marker_but_is_only_info():
    text, found = render("{{ region.circulars[0].number }}", REGION, page())
    assert "belum diisi" in text
    assert [(f.code, f.severity) for f in found] == [("R124", Severity.INFO)]


def test_missing_translation_of_prose_is_an_empty_field():
    region = Region(name="X", circulars=(Circular(summary={"id": "Hanya Indonesia"}),))
    text, found = render("{{ region.circulars[0].summary }}", region, page("en"))
    assert "not filled yet" in text
    assert found[0].subject == "region.circulars[0].summary.en"


def test_empty_list_shows_marker_when_shown_and_is_quiet_when_looped():
    looped, found = render("{% for c in region.contacts %}{{ c.name }}{% endfor %}", REGION, page())
    assert (looped, found) == ("", [])
    shown, found = render("{{ region.contacts }}", REGION, page())
    assert "belum diisi" in shown and found[0].subject == "region.contacts"


def test_guarded_empty_field_renders_nothing_and_no_finding():
    text, found = render(
        "{% if region.secretary.name %}{{ region.secretary.name }}{% endif %}", REGION, page()
    )
    assert (text, found) == ("", [])


def test_national_build_reads_neutral_when_pages_guard_region_text():
    source = "{% if region %}Surat edaran {{ region.name }}.{% else %}Surat edaran daerah Anda."
    source += "{% endif %}"
    assert render(source, EMPTY_REGION, page()) == ("Surat edaran daerah Anda.", [])


def test_national_build_flags_an_unguarded_region_field():
    text, found = render("Di {{ region.name }}.", EMPTY_REGION, page())
    assert "belum diisi" in text
    assert found[0].code == "R123" and "national site has no region" in found[0].message
    assert "{% if region %}" in found[0].hint


@pytest.mark.parametrize(
    "value",
    ["<script>alert(1)</script>", "Nama *tebal* [tautan](http://x) `kode` <b>b</b> | & #"],
)
def test_region_values_cannot_inject_markup(value):
    region = Region(name=value)
    text, _ = render("{{ region.name }}", region, page())
    assert "<" not in text and "*" not in text.replace("\\*", "")
    assert text == markdown_text(value)


def test_plain_text_mode_for_titles_does_not_escape():
    region = Region(name="Pemkab T.R. (Contoh)")
    assert render("{{ region.name }}", region, page(), markdown=False)[0] == "Pemkab T.R. (Contoh)"
    assert render("{{ region.head.name }}", region, page(), markdown=False)[0] == "[belum diisi]"


@pytest.mark.parametrize(
    ("source", "code", "line", "words"),
    [
        ("a\n\n{{ regoin.name }}", "R121", 3, "unknown variable 'regoin'"),
        ("a\n{{ region.nmae }}", "R121", 2, "did you mean 'name'?"),
        (
            "{{ region.circulars[0].nomor }}",
            "R121",
            1,
            "'region.circulars[0]' has no field 'nomor'",
        ),
        ("a\nb\n{% if region %}\nc", "R120", 4, "syntax error"),
        ("{{ region.name }", "R120", 1, "syntax error"),
        ("{{ 1 / 0 }}", "R125", 1, "ZeroDivisionError"),
        ("{% include 'lain.md' %}", "R125", 1, "failed"),
    ],
)
def test_template_errors_name_file_and_line(source, code, line, words):
    with pytest.raises(TemplateProblem) as caught:
        render(source, REGION, page(offset=5))
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == code
    assert (diagnostic.file, diagnostic.line) == (PAGE, line + 5)
    assert words in diagnostic.message
    assert diagnostic.hint


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ region.__class__ }}",
        "{{ region._obj }}",
        "{{ region.name.__init__.__globals__ }}",
        "{{ region.circulars._items }}",
        "{{ lang.__class__.__base__.__subclasses__() }}",
        "{% for c in region.circulars %}{{ c._render }}{% endfor %}",
    ],
)
def test_sandbox_rejects_reaching_into_python(source):
    with pytest.raises(TemplateProblem) as caught:
        render("x\n" + source, REGION, page())
    assert caught.value.diagnostic.code == "R122"
    assert caught.value.diagnostic.line == 2
    assert "Python internals" in caught.value.diagnostic.message


def test_raw_block_shows_template_syntax_literally():
    text, _ = render("{% raw %}{{ region.name }}{% endraw %}", REGION, page())
    assert text == "{{ region.name }}"


def test_split_frontmatter_counts_the_lines_above_the_body():
    # The region plugin and audit take the page split from the site model's one reader.
    meta = read_frontmatter("---\ntitle: X\n---\n\n# Judul\n")
    assert (meta.data, meta.markdown, meta.markdown_line - 1) == ({"title": "X"}, "# Judul\n", 4)
    plain = read_frontmatter("# Tanpa\n")
    assert (plain.meta, plain.markdown, plain.markdown_line - 1) == ({}, "# Tanpa\n", 0)


def test_an_object_listed_as_unknown_acknowledges_its_fields():
    region = Region(name="X", unknown=("secretary",))
    text, found = render("{{ region.secretary.title }} {{ region.secretary }}", region, page())
    assert text.count("belum diisi") == 2
    assert [f.code for f in found] == ["R124", "R124"]
