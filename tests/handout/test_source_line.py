"""The handout's foot line: where the sheet comes from and when it was reviewed."""

from __future__ import annotations

import datetime as dt

from sosialisasi.handout import source_line


def test_names_site_address_and_review_date_in_the_page_language():
    line = source_line(
        "Netralitas ASN", "https://netralitas.pemda.go.id/pelatih/", dt.date(2026, 11, 23), "id"
    )
    assert line == (
        '<p class="handout-source" data-search-exclude>'
        "Netralitas ASN · https://netralitas.pemda.go.id/pelatih/ · Ditinjau 2026-11-23</p>"
    )
    assert "Reviewed 2026-11-23" in source_line("S", "u", "2026-11-23", "en")
    assert "Reviewed" in source_line("S", "u", dt.date(2026, 1, 1), "fr")


def test_values_are_escaped_and_a_missing_date_is_left_out():
    line = source_line("<b>Situs</b>", "a&b", None, "id")
    assert "&lt;b&gt;Situs&lt;/b&gt;" in line and "a&amp;b" in line
    assert "Ditinjau" not in line


def test_an_example_or_missing_address_prints_a_note_instead_of_leading_nowhere():
    for address in ("https://netralitas.example.org/pelatih/", "pelatih/ringkasan/"):
        line = source_line("Netralitas ASN", address, None, "id")
        assert address in line
        assert '<strong class="handout-example">Alamat contoh:' in line
    assert "Example address:" in source_line("S", "https://x.example.com/", None, "en")
    assert "handout-example" not in source_line("S", "https://netralitas.go.id/", None, "en")
