"""Source codes are marked for print; legal citations in the same brackets are not."""

from __future__ import annotations

import re

from sosialisasi.handout.citations import mark_source_codes


def link(code: str, anchor: str) -> str:
    return f'<a href="../referensi/#{anchor}">{code}</a>'


S85, S81, UU = link("S85", "s85"), link("S81", "s81"), link("UU 20/2023", "uu-20-2023")
PP = link("PP 94/2021", "pp-94-2021")


def printed(html: str) -> str:
    """The text print shows: marked spans out, tags out."""
    html = re.sub(r'<span class="sosialisasi-src">.*?</span>', "", html)
    return re.sub(r"<[^>]+>", "", html)


def shown(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_a_bracket_of_source_codes_prints_as_nothing():
    html = mark_source_codes(f"<p>Pilihan Anda rahasia ({S85}; {S81}).</p>")
    assert printed(html) == "Pilihan Anda rahasia."
    assert shown(html) == "Pilihan Anda rahasia (S85; S81)."


def test_legal_citations_stay_in_print_wherever_the_codes_are():
    for order, expected in (
        ((UU, S85), "(UU 20/2023)"),
        ((S85, UU), "(UU 20/2023)"),
        ((UU, S85, PP), "(UU 20/2023; PP 94/2021)"),
        ((S85, UU, S81, PP), "(UU 20/2023; PP 94/2021)"),
    ):
        html = mark_source_codes(f"<p>x ({'; '.join(order)}).</p>")
        assert printed(html) == f"x {expected}.", order
        assert shown(html) == "x ({}).".format("; ".join(shown(link) for link in order))


def test_a_table_cell_lists_sources_without_brackets():
    html = mark_source_codes(f"<td>{PP}; {S85}</td><td>{UU}; {S85}; {S81}</td>")
    assert printed(html) == "PP 94/2021UU 20/2023"
    assert shown(html) == "PP 94/2021; S85UU 20/2023; S85; S81"


def test_a_code_after_a_citation_in_words():
    html = mark_source_codes(f"<p>(SKB 2022 Lampiran II, angka 7; {S85}). Lalu</p>")
    assert printed(html) == "(SKB 2022 Lampiran II, angka 7). Lalu"
    html = mark_source_codes(f"<p>({PP}, Lampiran II, angka 5; {S85}; {S81}).</p>")
    assert printed(html) == "(PP 94/2021, Lampiran II, angka 5)."
    assert shown(html) == "(PP 94/2021, Lampiran II, angka 5; S85; S81)."


def test_other_text_is_untouched():
    for html in (
        f"<p>({UU})</p>",
        "<p>(S85)</p>",  # not a link
        f"<p>menurut {S85}, dan lagi</p>",  # a code used as a word
        f"<p>(lihat {S85})</p>",
        '<p>(<a href="#s1">S1</a>; <a href="#s2">S2</a>)</p>',  # the references page itself
    ):
        assert mark_source_codes(html) == html
