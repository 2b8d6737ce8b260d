"""The <title> of a trainer page: what search results and browser tabs show whole."""

from __future__ import annotations

TITLE_LIMIT = 70  # what search results and browser tabs show whole


def head_title(tool: str, bank_title: str, site_name: str | None, quiz_word: str) -> str:
    """The tool and the bank (and the site when it fits), at most 70 characters.

    For example "Kunci jawaban: sanksi · Netralitas ASN".

    A bank title's own "Kuis: " is dropped (the tool's name already says what the page
    is), then the site name when it does not fit, then the end of the bank title.
    """
    prefix = f"{quiz_word}: "
    if bank_title.lower().startswith(prefix.lower()):
        bank_title = bank_title[len(prefix) :]
    text = f"{tool}: {bank_title}"
    if site_name and len(text) + len(site_name) + 3 <= TITLE_LIMIT:
        return f"{text} · {site_name}"
    if len(text) <= TITLE_LIMIT:
        return text
    return text[: TITLE_LIMIT - 1].rstrip(" ,;:") + "…"
