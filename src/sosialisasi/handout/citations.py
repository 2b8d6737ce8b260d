"""Source codes ("S85") are links to the references page: useful on screen, meaningless
on paper. This marks them so that print CSS leaves them out with their brackets or
separators, while legal citations beside them ("UU 20/2023; S38") stay printed.

Works on the HTML of a page (after Markdown), so it applies to every page, whoever
wrote it, without editing content. A code used as a word in a sentence ("menurut S43")
is left as it is: without it the sentence would not read.
"""

from __future__ import annotations

import re

CLASS = "sosialisasi-src"
# A code links to the references page of another page; on that page itself (href="#s1")
# the codes are the entries' names.
_CODE = re.compile(r'<a href="[^"#<>]+#s\d+"[^<>]*>S\d+</a>')
_LINK = r'<a href="[^"<>]*"[^<>]*>[^<]*</a>'
# A run of links separated by ';' (how content lists its sources), maybe in brackets.
_RUN = re.compile(rf"(?P<space> ?)(?P<open>\(?)(?P<body>{_LINK}(?:\s*;\s*{_LINK})*)(?P<close>\)?)")


# A code after a citation written as text: "(SKB 2022 Lampiran II angka 7; S14)".
_AFTER_TEXT = re.compile(rf"(?<!</a>)((?:; {_CODE.pattern})+)")


def mark_source_codes(html: str) -> str:
    """Wrap source-code citations in ``span.sosialisasi-src`` (hidden in print)."""
    html = _AFTER_TEXT.sub(rf'<span class="{CLASS}">\1</span>', html)
    return _RUN.sub(_mark_run, html)


def _mark_run(match: re.Match[str]) -> str:
    links = re.findall(_LINK, match["body"])
    codes = [bool(_CODE.fullmatch(link)) for link in links]
    bracketed = bool(match["open"] and match["close"])
    if not any(codes) or (all(codes) and not bracketed and len(links) == 1):
        return match[0]  # nothing to hide, or a code used as a word
    if all(codes):
        inner = f"{match['open']}{'; '.join(links)}{match['close']}"
        return f'<span class="{CLASS}">{match["space"]}{inner}</span>'
    parts = []  # screen: every link in the author's order; print: the kept ones
    for index, link in enumerate(links):
        separator = "; " if index else ""
        if codes[index]:
            parts.append(f'<span class="{CLASS}">{separator}{link}</span>')
        elif index and all(codes[:index]):  # the first printed link after hidden codes
            parts.append(f'<span class="{CLASS}">; </span>{link}')
        else:
            parts.append(f"{separator}{link}")
    return f"{match['space']}{match['open']}{''.join(parts)}{match['close']}"
