"""The pledge page's HTML: form and sheet woven into the author's sections, or a clear error."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sosialisasi.ikrar import STORAGE_KEY, render_page
from sosialisasi.ikrar.render import find_sections
from sosialisasi.ikrar.strings import STRINGS, strings_for


def h2(anchor: str, title: str) -> str:
    return f'<h2 id="{anchor}">{title}<a class="headerlink" href="#{anchor}">&para;</a></h2>'


PAGE = "\n".join(
    [
        '<h1 id="ikrar">Ikrar</h1>',
        "<p>Pengantar.</p>",
        h2("privasi", "Privasi"),
        "<p>Tidak ada yang dikirim.</p>",
        h2("formulir", "Isi data"),
        "<p>Isi data Anda.</p>",
        h2("teks-ikrar", "Teks ikrar"),
        "<p>Saya berikrar:</p>",
        "<ol><li>Poin satu.</li></ol>",
        h2("sumber", "Sumber"),
        "<p>Sumber teks.</p>",
    ]
)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Collect()
    parser.feed(html)
    return parser.elements


def test_sections_are_found_by_anchor_up_to_the_next_h2():
    sections = find_sections(PAGE)
    assert list(sections) == ["privasi", "formulir", "teks-ikrar", "sumber"]
    pledge = sections["teks-ikrar"]
    assert PAGE[pledge.body_start : pledge.end].strip() == (
        "<p>Saya berikrar:</p>\n<ol><li>Poin satu.</li></ol>"
    )


@pytest.mark.parametrize("locale", ["id", "en"])
def test_form_follows_its_section_and_the_pledge_moves_into_the_sheet(locale):
    html, findings = render_page(PAGE, locale)
    assert findings == []
    sheet = html.index("data-ikrar-sheet")
    order = [
        html.index('id="formulir"'),
        html.index("Isi data Anda."),
        html.index("data-ikrar-form"),
        html.index('id="teks-ikrar"'),
        sheet,
        html.index(f"<p>{strings_for(locale)['signer_intro']}</p>", sheet),
        html.index("Poin satu."),
        html.index(f"<p>{strings_for(locale)['signer']}</p>", sheet),
        html.index('id="sumber"'),
    ]
    assert order == sorted(order)
    assert html.count("Poin satu.") == 1, "the pledge text is moved, not copied"
    assert "Sumber teks." in html and "Tidak ada yang dikirim." in html


def test_there_is_no_form_element_so_nothing_can_be_submitted():
    html, _ = render_page(PAGE, "id")
    tags = [tag for tag, _ in elements(html)]
    assert "form" not in tags
    assert all(attrs.get("type") == "button" for tag, attrs in elements(html) if tag == "button")


@pytest.mark.parametrize("locale", ["id", "en"])
def test_every_control_has_a_label(locale):
    html, _ = render_page(PAGE, locale)
    found = elements(html)
    labelled = {attrs["for"] for tag, attrs in found if tag == "label"}
    controls = [attrs for tag, attrs in found if tag == "input"]
    assert len(controls) == 8  # six fields, two options
    assert all(c["id"] in labelled for c in controls)
    ids = [attrs["id"] for _, attrs in found if "id" in attrs]
    assert len(ids) == len(set(ids)), "ids must be unique"
    for c in controls:
        for ref in (c.get("aria-describedby") or "").split():
            assert ref in ids, f"aria-describedby points at a missing id {ref}"


@pytest.mark.parametrize("locale", ["id", "en"])
def test_the_script_gets_the_strings_and_storage_key_of_the_language(locale):
    html, _ = render_page(PAGE, locale)
    form = next(attrs for tag, attrs in elements(html) if "data-ikrar-form" in attrs)
    assert form["data-key"] == STORAGE_KEY == "sosialisasi.ikrar.v1"
    assert json.loads(form["data-t"] or "") == STRINGS[locale]


def test_strings_are_escaped(monkeypatch):
    monkeypatch.setitem(STRINGS["id"], "print", '<script>alert("x")</script>')
    html, _ = render_page(PAGE, "id")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_both_languages_have_the_same_strings_and_none_shadows_a_template_lookup():
    assert STRINGS["id"].keys() == STRINGS["en"].keys()
    for locale, strings in STRINGS.items():
        # `t.clear` in a Jinja template is dict.clear, not the string: keys must not be
        # names of dict attributes.
        clashes = [key for key in strings if hasattr(dict, key)]
        assert not clashes, f"{locale}: keys shadowed by dict attributes: {clashes}"
        assert all(value.strip() for value in strings.values())
        assert len(strings["months"].split()) == 12


def test_an_unknown_language_falls_back_to_english():
    assert strings_for("fr") == STRINGS["en"]


@pytest.mark.parametrize(
    ("drop", "missing"), [("formulir", "#formulir"), ("teks-ikrar", "#teks-ikrar")]
)
def test_a_missing_section_is_an_error_that_says_what_to_add(drop, missing):
    page = PAGE.replace(f'id="{drop}"', 'id="lain"')
    html, findings = render_page(page, "id", file=Path("content/ikrar.id.md"))
    assert html == page
    assert [f.code for f in findings] == ["P101"]
    text = findings[0].format()
    assert text.startswith("content/ikrar.id.md: error P101")
    assert missing in text and "{ " + missing + " }" in text


def test_an_empty_pledge_is_an_error():
    page = PAGE.replace("<p>Saya berikrar:</p>\n<ol><li>Poin satu.</li></ol>", "\n")
    html, findings = render_page(page, "id")
    assert html == page
    assert [f.code for f in findings] == ["P102"]


@pytest.mark.parametrize("locale", ["id", "en"])
def test_the_non_asn_pact_is_worded_without_a_nip_and_remembered_apart(locale):
    from sosialisasi.ikrar.render import STORAGE_KEYS
    from sosialisasi.ikrar.strings import NON_ASN, VARIANTS

    html, findings = render_page(PAGE, locale, variant=NON_ASN)
    assert findings == []
    words = VARIANTS[NON_ASN][locale]
    assert words["sheet_title"] in html and words["print"] in html
    assert f'data-key="{STORAGE_KEYS[NON_ASN]}"' in html
    assert STORAGE_KEYS[NON_ASN] != STORAGE_KEY
    assert set(words) <= set(STRINGS[locale])  # overrides only: no key missing elsewhere
    assert STRINGS[locale]["sheet_title"] not in html
