"""F1xx: every page's frontmatter: readable, with title, description and review dates.

MkDocs silently drops a frontmatter it cannot read (the page loses its title and
dates); here that is an error with the line. The build runs these rules too
(``sosialisasi/check`` plugin), so ``mkdocs build --strict`` stops on them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from sosialisasi.check.codes import CODES
from sosialisasi.check.settings import as_date, today
from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.project import Project
from sosialisasi.site.content import Page

NAME = "frontmatter"

REQUIRED = ("title", "description", "last_reviewed", "review_by")
# Fields Material reads from a page's frontmatter; each sosialisasi/<name> plugin the site
# uses reads the field <name> and fields named <name>_... (quiz, ikrar, trainer_quizzes).
KNOWN = frozenset((*REQUIRED, "hide", "icon", "status", "subtitle", "template", "search", "tags"))
_EXAMPLE = (
    "'---', 'title: ...', 'description: ...', 'last_reviewed: 2026-11-23', "
    "'review_by: 2027-05-23', '---' (one per line)"
)
_QUOTE = (
    "MkDocs ignores the whole frontmatter then: the page loses its title and dates. Put text "
    "containing ': ' or starting with a special character (*, &, !, [, {, >, |, @, `, ') in "
    'double quotes, e.g. description: "Pemilu: apa yang boleh".'
)


def check(site: Site) -> Iterable[Diagnostic]:
    return check_site(site)


def check_site(site: Site) -> list[Diagnostic]:
    known = KNOWN | plugin_fields(site.project)
    found: list[Diagnostic] = []
    for page in site.checked:
        found += check_page(page, known)
    return found


def plugin_fields(project: Project) -> frozenset[str]:
    names = []
    for entry in project.config.get("plugins") or []:
        for name in entry if isinstance(entry, dict) else [entry]:
            if isinstance(name, str) and name.startswith("sosialisasi/"):
                names.append(name.split("/", 1)[1])
    return frozenset(names)


def _finding(code: str, page: Page, line: int | None, message: str, hint: str, subject=""):
    return Diagnostic(code, CODES[code].severity, message, page.path, line, hint, subject)


def check_page(page: Page, known: frozenset[str] = KNOWN) -> list[Diagnostic]:
    if page.text is None:
        return [_finding("F101", page, 1, "the page is not UTF-8 text.", "Save it as UTF-8.", "")]
    meta = page.meta
    if not meta.present:
        return [
            _finding(
                "F100",
                page,
                1,
                "the page has no frontmatter (title, description, review dates).",
                f"Start the file with these lines: {_EXAMPLE}.",
            )
        ]
    if meta.problem is not None:
        line, message = meta.problem
        return [_finding("F101", page, line, f"{message}.", _QUOTE)]
    assert meta.data is not None
    found = [
        _finding(
            "F108",
            page,
            line,
            f"the field '{key}' is written twice; only the last one counts.",
            "Delete one of the two.",
            key,
        )
        for key, line in meta.duplicates
    ]
    data, lines = meta.data, meta.lines
    for key, code in (("title", "F102"), ("description", "F103")):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            continue
        if key not in data:
            message = f"'{key}' is missing."
        elif value is None or isinstance(value, str):
            message = f"'{key}' is empty."
        else:
            message = f"'{key}' must be text, not {type(value).__name__}."
        hint = f"Write '{key}: ...' in the frontmatter (one line of text; quote it if needed)."
        found.append(_finding(code, page, lines.get(key, 1), message, hint, key))
    dates = {}
    for key, code in (("last_reviewed", "F104"), ("review_by", "F105")):
        value = data.get(key)
        dates[key] = as_date(value)
        if dates[key] is None:
            what = "is missing" if key not in data else f"is not a date ({value!r})"
            found.append(
                _finding(
                    code,
                    page,
                    lines.get(key, 1),
                    f"'{key}' {what}.",
                    f"Write the date as YYYY-MM-DD, e.g. '{key}: 2026-11-23'.",
                    key,
                )
            )
    reviewed, due = dates["last_reviewed"], dates["review_by"]
    if reviewed and due and due <= reviewed:
        found.append(
            _finding(
                "F106",
                page,
                lines.get("review_by"),
                f"review_by ({due}) is not after last_reviewed ({reviewed}).",
                "Set review_by to the date the page must be checked again, e.g. six months "
                "after last_reviewed.",
                "review_by",
            )
        )
    if reviewed and reviewed > today():
        found.append(
            _finding(
                "F109",
                page,
                lines.get("last_reviewed"),
                f"last_reviewed ({reviewed}) lies in the future.",
                "Write the date the content was actually checked against its sources.",
                "last_reviewed",
            )
        )
    for key in data:
        if key in known or key.split("_", 1)[0] in known - KNOWN:
            continue
        close = difflib.get_close_matches(key, sorted(known), n=1)
        found.append(
            _finding(
                "F107",
                page,
                lines.get(key),
                f"unknown field '{key}': neither Material nor a sosialisasi plugin reads it.",
                f"Did you mean '{close[0]}'?" if close else "Delete it, or check the spelling.",
                key,
            )
        )
    return found
