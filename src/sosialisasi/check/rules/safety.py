"""H1xx: page text that would be unsafe or that the site does not show as written.

Pages are Markdown only: the build renders raw HTML as text (``sosialisasi/check``
plugin), so ``<b>`` shows up literally, and drops links whose scheme could run
code (``javascript:``). These findings say so at the source line, before a reader
sees it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from sosialisasi.check.codes import CODES
from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic

NAME = "safety"
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "sms"})
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")


def unsafe_scheme(target: str) -> str | None:
    """The scheme of ``target`` when a browser would run or embed it ('javascript')."""
    cleaned = _CONTROL.sub("", html.unescape(target)).lower()
    match = _SCHEME.match(cleaned)
    if match and match.group(1) not in SAFE_SCHEMES:
        return match.group(1)
    return None


def check(site: Site) -> Iterable[Diagnostic]:
    return check_site(site)


def check_site(site: Site) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for page in site.checked:
        for raw in page.markdown.raw_html:
            if raw.text.startswith("</"):
                continue  # its opening tag is reported
            shown = raw.text if len(raw.text) <= 60 else raw.text[:57] + "..."
            found.append(
                Diagnostic(
                    "H101",
                    CODES["H101"].severity,
                    f"raw HTML {shown!r}: pages are Markdown only, so it is shown as text.",
                    page.path,
                    raw.line,
                    "Write Markdown instead (**bold**, [text](page.md), tables); to show a "
                    "tag as text, put it in backticks: `<b>`.",
                )
            )
        for link in page.markdown.links:
            scheme = unsafe_scheme(link.target)
            if scheme is None:
                continue
            found.append(
                Diagnostic(
                    "H102",
                    CODES["H102"].severity,
                    f"the {'image' if link.image else 'link'} uses the scheme '{scheme}:', "
                    "which the site does not allow (the build removes it).",
                    page.path,
                    link.line,
                    "Link to a page (page.md) or to an http(s), mailto: or tel: address.",
                    link.target[:60],
                )
            )
    return found
