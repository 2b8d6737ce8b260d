"""B1xx: the references page that quiz ``basis`` values and citations point at.

A ``basis`` naming no entry on the references page is Q126 (the quiz rules report it,
in the build too). This family checks the page itself: it must exist when banks cite
sources (otherwise Q126 has nothing to compare with and no basis gets a link), and
every source it lists should be cited somewhere, or it is dead weight to maintain.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sosialisasi.check.codes import CODES
from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.quiz.catalog import DEFAULT_REFERENCES_PAGE, source_slug
from sosialisasi.site.layout import file_key

NAME = "references"
QUIZ_PLUGIN = "sosialisasi/quiz"


def _basis_values(data: object) -> list[str]:
    questions = data.get("questions") if isinstance(data, dict) else None
    values: list[str] = []
    for question in questions if isinstance(questions, list) else []:
        basis = question.get("basis") if isinstance(question, dict) else None
        if isinstance(basis, str):
            values.append(basis)
        elif isinstance(basis, list):
            values += [b for b in basis if isinstance(b, str)]
    return values


def cited_bases(site: Site) -> dict[Path, list[str]]:
    """Every bank's basis strings, by bank file (banks of a region and of the base)."""
    if site.quiz_options is None:
        return {}
    return {
        report.path: _basis_values(report.source.data if report.source else None)
        for report in site.catalog.reports.values()
    }


def check(site: Site) -> Iterable[Diagnostic]:
    options = site.quiz_options or {}
    references = str(options.get("references_page", DEFAULT_REFERENCES_PAGE))
    banks = cited_bases(site)
    versions = site.versions(references)
    if not versions:
        citing = next((path for path, values in banks.items() if values), None)
        if citing is None:
            return []
        return [
            Diagnostic(
                "B101",
                CODES["B101"].severity,
                f"quiz banks cite sources (basis), but the references page '{references}' "
                "does not exist: no basis can be checked or linked.",
                citing,
                1,
                f"Create {references} (one heading per source, e.g. '### PP No. 94 Tahun 2021 "
                "{ #pp-94-2021 }'), or set references_page of the sosialisasi/quiz plugin.",
                references,
            )
        ]
    return _uncited(site, references, banks)


def _uncited(site: Site, references: str, banks: dict[Path, list[str]]) -> list[Diagnostic]:
    cited = {source_slug(value) for values in banks.values() for value in values}
    for page in site.pages:
        for link in page.markdown.links:
            path, _, anchor = link.target.partition("#")
            if not anchor:
                continue
            if not path:
                if page.doc == references:
                    cited.add(anchor)
                continue
            joined = _join(page.src, path)
            if file_key(joined, site.locales, site.default)[0] == references:
                cited.add(anchor)
    found = []
    for page in site.versions(references).values():
        if page not in site.checked:
            continue
        for heading in page.markdown.headings:
            if heading.level < 3 or not heading.explicit or heading.anchor in cited:
                continue
            found.append(
                Diagnostic(
                    "B102",
                    CODES["B102"].severity,
                    f"the source '#{heading.anchor}' ({heading.text}) is cited by no page "
                    "and no quiz.",
                    page.path,
                    heading.line,
                    "Cite it where it supports a statement, or remove it from the page.",
                    heading.anchor,
                )
            )
    return found


def _join(src: str, path: str) -> str:
    import posixpath

    return posixpath.normpath(posixpath.join(posixpath.dirname(src), path))
