"""Legal bases read as English pages cite laws; Indonesian is left as written."""

from __future__ import annotations

import pytest

from sosialisasi.quiz.citation import cite_basis


@pytest.mark.parametrize(
    ("basis", "english"),
    [
        ("UU 20/2023 Pasal 9 ayat (2)", "UU 20/2023 Article 9(2)"),
        ("UU 20/2023 Pasal 24 ayat (1) huruf d", "UU 20/2023 Article 24(1)(d)"),
        ("PP 94/2021 Pasal 5 huruf n angka 5", "PP 94/2021 Article 5(n) item 5"),
        ("PP 42/2004 Pasal 11 huruf c", "PP 42/2004 Article 11(c)"),
        ("UU 7/2017 Pasal 494", "UU 7/2017 Article 494"),
        ("SKB 2022", "SKB 2022"),
        ("Peraturan BKN 1/2023", "Peraturan BKN 1/2023"),
        ("PP 94/2021 Pasal 5 huruf n dan o", "PP 94/2021 Pasal 5 huruf n dan o"),  # not half
        ("UU 1/2015 Pasal 134 Lampiran", "UU 1/2015 Pasal 134 Lampiran"),
    ],
)
def test_english_cites_articles_in_english(basis: str, english: str):
    assert cite_basis(basis, "en") == english
    assert cite_basis(basis, "id") == basis
