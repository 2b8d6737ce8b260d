"""One finding per empty region field, at its line in region.yml, naming the pages.

Rendering a page reports each empty field it shows (R123) at the page's line, once per
page and language: a new region's six empty fields made 14 long lines pointing at pages
the user does not edit. What the user edits is region.yml, so the findings are grouped
per field there, with the pages (and their lines) that show it.
"""

from __future__ import annotations

from pathlib import Path

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.region.load import read_region_file

CODE = "R123"


def group_unfilled(
    found: list[Diagnostic], region_file: Path, root: Path | None = None
) -> list[Diagnostic]:
    """``found`` with its R123 page findings merged into one per field (first-seen order)."""
    pages: dict[str, list[str]] = {}
    first: dict[str, int] = {}
    rest: list[tuple[int, Diagnostic]] = []
    for index, diagnostic in enumerate(found):
        if diagnostic.code != CODE or not diagnostic.subject.startswith("region."):
            rest.append((index, diagnostic))
            continue
        where = _place(diagnostic, region_file.parent, root)
        shown = pages.setdefault(diagnostic.subject, [])
        if where not in shown:
            shown.append(where)
        first.setdefault(diagnostic.subject, index)
    if not pages:
        return found
    raw, _ = read_region_file(region_file)
    grouped = [
        (first[subject], _finding(subject, shown, region_file, raw.line if raw else None))
        for subject, shown in pages.items()
    ]
    return [diagnostic for _, diagnostic in sorted(rest + grouped, key=lambda item: item[0])]


def _place(diagnostic: Diagnostic, region_dir: Path, root: Path | None) -> str:
    """'content/daerah/index.id.md:29', relative to the region's folder when inside it."""
    path = diagnostic.file
    if path is None:
        return "?"
    for base in (region_dir, root):
        if base is not None and path.is_relative_to(base):
            path = path.relative_to(base)
            break
    return f"{path.as_posix()}:{diagnostic.line}" if diagnostic.line else path.as_posix()


def _finding(subject: str, shown: list[str], region_file: Path, line_of) -> Diagnostic:
    field = subject.removeprefix("region.")
    count = "1 page shows" if len(shown) == 1 else f"{len(shown)} pages show"
    return Diagnostic(
        CODE,
        Severity.WARNING,
        f"'{field}' is empty; {count} it: {', '.join(shown)}",
        file=region_file,
        line=line_of(field) if line_of else None,
        hint="fill it in, or list it under unknown: if no source gives it",
        subject=subject,
    )
