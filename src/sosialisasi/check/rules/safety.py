"""H1xx: page text that would be unsafe or that the site does not show as written.

Pages are Markdown only: the build renders raw HTML as text (``sosialisasi/check``
plugin), so ``<b>`` shows up literally, and drops links whose scheme could run
code (``javascript:``). These findings say so at the source line, before a reader
sees it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sosialisasi.check.codes import CODES
from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.safe_markup import SAFE_SCHEMES, off_host, unsafe_scheme

__all__ = ["SAFE_SCHEMES", "check", "check_site", "unsafe_scheme"]

NAME = "safety"


def check(site: Site) -> Iterable[Diagnostic]:
    return check_site(site)


def check_site(site: Site) -> list[Diagnostic]:
    options = site.project.plugin_config("sosialisasi/check") or {}
    remote_images = options.get("remote_images") is True
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
        for refused in page.markdown.refused_attributes:
            found.append(
                Diagnostic(
                    "H103",
                    CODES["H103"].severity,
                    f"the attribute list sets {refused.written[:60]!r}: {refused.reason} "
                    "(the build removes it).",
                    page.path,
                    refused.line,
                    "Attribute lists may set #id, .class, title, lang, dir, alt, width, "
                    "height, loading, align and target=_blank; delete the rest.",
                )
            )
        for link in page.markdown.links:
            if link.image and not remote_images and off_host(link.target):
                found.append(
                    Diagnostic(
                        "H104",
                        CODES["H104"].severity,
                        "the image is on another host: every reader's browser would ask that "
                        "host for it (it can track readers) and the offline copy would miss it "
                        "(the build does not load it).",
                        page.path,
                        link.line,
                        "Save the image in the content folder and link it by its path "
                        "(gambar/foto.png).",
                        link.target[:60],
                    )
                )
                continue
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
