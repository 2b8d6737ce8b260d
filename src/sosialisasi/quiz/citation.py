"""A question's legal basis in the reader's language.

Banks write a basis the Indonesian way ("UU 20/2023 Pasal 9 ayat (2)"): it is also the
key to the references page. English pages show it the way their own text cites laws,
"UU 20/2023 Article 9(2)", "PP 94/2021 Article 5(n) item 5". A basis whose parts are
not all understood is shown as written, never half translated.
"""

from __future__ import annotations

import re

_ARTICLE = re.compile(r"^(?P<source>.+?) Pasal (?P<article>\d+[A-Za-z]?)(?P<rest>.*)$")
_PART = re.compile(r"\s+(?:ayat \((?P<ayat>\w+)\)|huruf (?P<huruf>[a-z])|angka (?P<angka>\d+))")


def cite_basis(basis: str, locale: str) -> str:
    """``basis`` as a reader of ``locale`` expects it (only English differs)."""
    if locale != "en":
        return basis
    match = _ARTICLE.match(basis)
    if not match:
        return basis  # a whole law or decree ("SKB 2022"): no article to translate
    text = f"{match['source']} Article {match['article']}"
    rest = match["rest"]
    position = 0
    for part in _PART.finditer(rest):
        if part.start() != position:
            return basis
        position = part.end()
        if part["ayat"]:
            text += f"({part['ayat']})"
        elif part["huruf"]:
            text += f"({part['huruf']})"
        else:
            text += f" item {part['angka']}"
    return text if position == len(rest) else basis
