"""Weave the pledge form and the printable sheet into the pledge page's HTML.

The author's Markdown marks where things go with level-2 headings carrying fixed
anchors, so the prose stays content (translated, region-templated, searchable):

* ``## … { #formulir }``: the form is added at the end of this section;
* ``## … { #teks-ikrar }``: this section's body is the pledge text; it moves into
  the printable sheet, between the signer's details and the signature blocks;
* ``## … { #kesiapan }`` (optional): the readiness list is added at its end.

A page without the two required sections cannot work: that is an error (P1xx) the
build reports with the file, so ``--strict`` stops.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.ikrar.readiness import ReadinessBank
from sosialisasi.ikrar.strings import NON_ASN, strings_for

FORM_SECTION = "formulir"
PLEDGE_SECTION = "teks-ikrar"
READINESS_SECTION = "kesiapan"
# localStorage key of the "remember on this device" data (documented on the page).
STORAGE_KEY = "sosialisasi.ikrar.v1"
# Each form variant remembers its own fields (a pakta's number is not a NIP).
STORAGE_KEYS = {None: STORAGE_KEY, NON_ASN: "sosialisasi.pakta-non-asn.v1"}

_HEADING = re.compile(r"<h([1-6])\b[^>]*?\bid=\"([^\"]+)\"[^>]*>.*?</h\1>", re.DOTALL)
_ANY_H1_H2 = re.compile(r"<h[12]\b")
_TAGS = re.compile(r"<[^>]+>")
_TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Section:
    """A level-2 section of the rendered page: its heading and where its body ends."""

    anchor: str
    start: int  # where the <h2> starts
    body_start: int  # just after </h2>
    end: int  # where the next <h1>/<h2> starts, or the end of the page


def find_sections(html: str) -> dict[str, Section]:
    """Level-2 sections by anchor (the first one wins if an anchor repeats)."""
    found: dict[str, Section] = {}
    for match in _HEADING.finditer(html):
        if match.group(1) != "2" or match.group(2) in found:
            continue
        following = _ANY_H1_H2.search(html, match.end())
        end = following.start() if following else len(html)
        found[match.group(2)] = Section(match.group(2), match.start(), match.end(), end)
    return found


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _problem(code: str, message: str, hint: str, file: Path | None) -> Diagnostic:
    return Diagnostic(code, Severity.ERROR, message, file=file, hint=hint)


def render_page(
    html: str,
    locale: str,
    *,
    file: Path | None = None,
    readiness: Sequence[ReadinessBank] = (),
    variant: str | None = None,
) -> tuple[str, list[Diagnostic]]:
    """The page with the form, the sheet and the readiness list added, and its problems.

    ``variant`` ``"non-asn"`` words the form and sheet as the pakta integritas of non-ASN
    staff (no NIP) and keeps its remembered fields under their own storage key.

    On an error the page is returned unchanged (the build fails on the error).
    """
    sections = find_sections(html)
    problems: list[Diagnostic] = []
    for anchor, what, example in (
        (FORM_SECTION, "the form", "## Isi data Anda { #formulir }"),
        (PLEDGE_SECTION, "the pledge text", "## Teks ikrar { #teks-ikrar }"),
    ):
        if anchor not in sections:
            problems.append(
                _problem(
                    "P101",
                    f"the pledge page has no level-2 section with the anchor #{anchor} for {what}",
                    f"add a heading such as '{example}'",
                    file,
                )
            )
    if problems:
        return html, problems
    pledge = sections[PLEDGE_SECTION]
    pledge_body = html[pledge.body_start : pledge.end]
    if not _TAGS.sub("", pledge_body).strip():
        return html, [
            _problem(
                "P102",
                "the section #teks-ikrar has no text: the printed pledge would be empty",
                "write the pledge under the '{ #teks-ikrar }' heading",
                file,
            )
        ]
    template = _environment().get_template("ikrar.html")
    context = {
        "t": strings_for(locale, variant),
        "locale": locale,
        "storage_key": STORAGE_KEYS[variant],
    }
    module = template.make_module(context)
    form = sections[FORM_SECTION]
    edits = [
        (form.end, form.end, str(module.form())),
        (pledge.body_start, pledge.end, str(module.sheet(Markup(pledge_body)))),
    ]
    ready = sections.get(READINESS_SECTION)
    if ready is not None:
        edits.append((ready.end, ready.end, str(module.readiness(list(readiness)))))
    for start, end, new in sorted(edits, reverse=True):
        html = f"{html[:start]}{new}\n{html[end:]}"
    return html, []
