"""Stable finding codes of the page-level checks, with their default severity.

Codes never change meaning: CI annotations, the authors' guide (content/panduan/check.*)
and per-code severity settings rely on them. Quiz (Q1xx) and region (R1xx) codes live
with their cores; this table holds the families `sosialisasi check` adds.
"""

from __future__ import annotations

from dataclasses import dataclass

from sosialisasi.diagnostics import Severity


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    summary: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, Code] = {
    c.code: c
    for c in (
        # C: the check's own settings in mkdocs.yml
        Code("C101", _W, "A severity setting names a code that does not exist."),
        Code("C102", _E, "A severity setting is not error, warning, info or ignore."),
        Code("C103", _E, "The check settings (extra.sosialisasi_check) are not written right."),
        # F: page frontmatter
        Code("F100", _E, "The page has no frontmatter."),
        Code("F101", _E, "The frontmatter cannot be read: invalid YAML, never closed, no mapping."),
        Code("F102", _E, "title is missing, empty or not text."),
        Code("F103", _E, "description is missing, empty or not text."),
        Code("F104", _E, "last_reviewed is missing or not a date (YYYY-MM-DD)."),
        Code("F105", _E, "review_by is missing or not a date (YYYY-MM-DD)."),
        Code("F106", _E, "review_by is not after last_reviewed."),
        Code("F107", _I, "Unknown frontmatter field (often a typo)."),
        Code("F108", _E, "A frontmatter field is written twice."),
        Code("F109", _W, "last_reviewed lies in the future."),
        # D: review dates
        Code("D101", _W, "The page is past its review date (readers see a notice)."),
        Code("D102", _I, "The page's review date is near."),
        # T: translations
        Code("T101", _E, "A page is missing in one of the site's languages."),
        Code("T102", _W, "The language versions of a page have different sections (headings)."),
        Code("T103", _W, "A nav section title has no translation for a language."),
        # L: links and anchors
        Code("L101", _E, "A link points at a page or file that does not exist."),
        Code("L102", _E, "A link points at an anchor the target page does not define."),
        Code("L103", _W, "A link starts with '/': it breaks when the site is under a sub-path."),
        Code("L104", _W, "A link points at a built address (folder/ or .html), not the .md file."),
        Code("L105", _E, "The same anchor is defined twice in one page."),
        Code("L106", _E, "nav names a page that does not exist."),
        # B: the references page
        Code("B101", _W, "Quiz banks cite sources but the references page is missing."),
        Code("B102", _I, "A source on the references page is cited by no page and no quiz."),
        # H: unsafe page text
        Code("H101", _E, "Raw HTML in a page (it is shown as text)."),
        Code("H102", _E, "A link or image uses an unsafe scheme such as javascript:."),
    )
}

LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}
IGNORE = "ignore"
