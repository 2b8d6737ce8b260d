"""All banks and pages of a site, checked together.

A bank is only useful through the pages that show it, so the checks that span
files live here: a page naming a bank or question that does not exist, language
versions of a page that disagree, banks no page uses, ``reread`` targets and
``basis`` sources that do not resolve. The build and ``sosialisasi check`` both
call ``load_catalog``.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sosialisasi.codes import finding
from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.quiz.model import Bank
from sosialisasi.quiz.pages import PageSource, quiz_page
from sosialisasi.quiz.validate import BankReport, QuestionLinks, load_bank
from sosialisasi.site.content import Content, load_content

DEFAULT_QUIZZES_DIR = "quizzes"
DEFAULT_REFERENCES_PAGE = "materi/referensi.md"


def source_key(basis: str) -> str:
    """'PP 94/2021 Pasal 5 huruf n' -> 'PP 94/2021' (the part before ' Pasal')."""
    return basis.split(" Pasal", 1)[0].strip()


def source_slug(basis: str) -> str:
    """Anchor of a basis source on the references page: 'PP 94/2021 ...' -> 'pp-94-2021'."""
    return re.sub(r"[^a-z0-9]+", "-", source_key(basis).lower()).strip("-")


@dataclass
class Catalog:
    """The banks and pages of one site, plus every finding about them."""

    docs_dir: Path
    quizzes_dir: Path
    locales: tuple[str, ...]
    references_page: str
    reports: dict[str, BankReport] = field(default_factory=dict)
    pages: list[PageSource] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # Every rendered page asks for its source: index once instead of scanning all pages.
    _by_path: dict[Path, PageSource] = field(default_factory=dict, init=False, repr=False)
    _by_doc: dict[str, list[PageSource]] = field(default_factory=dict, init=False, repr=False)
    _indexed: int = field(default=0, init=False, repr=False)

    def bank(self, bank_id: str) -> Bank | None:
        report = self.reports.get(bank_id)
        return report.bank if report else None

    def _index(self) -> None:
        if self._indexed != len(self.pages):  # built once; again only if pages were added
            self._by_path, self._by_doc = {}, {}
            for source in self.pages:
                self._by_path.setdefault(source.path.resolve(), source)
                self._by_doc.setdefault(source.doc, []).append(source)
            self._indexed = len(self.pages)

    def page(self, path: Path | str) -> PageSource | None:
        self._index()
        return self._by_path.get(Path(path).resolve())

    def page_versions(self, doc: str) -> list[PageSource]:
        self._index()
        return list(self._by_doc.get(doc, ()))

    def title_of(self, doc: str, locale: str) -> str | None:
        versions = self.page_versions(doc)
        exact = next((p for p in versions if p.locale == locale), None)
        chosen = exact or next((p for p in versions if p.locale is None), None)
        chosen = chosen or (versions[0] if versions else None)
        return chosen.title if chosen else None

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]


def load_catalog(
    docs_dir: Path | Sequence[Path],
    quizzes_dir: Path | Sequence[Path],
    locales: Sequence[str],
    references_page: str = DEFAULT_REFERENCES_PAGE,
    content: Content | None = None,
) -> Catalog:
    """Read every bank and page, validate each, then check how they refer to each other.

    Several folders may be given, most specific first (a region's, then the base's):
    a region's bank or page replaces the base's of the same name and language.
    Pages come from ``content`` (the site model the caller already holds), or are
    listed here from ``docs_dir``.
    """
    docs_dirs = [docs_dir] if isinstance(docs_dir, Path) else list(docs_dir)
    quiz_dirs = [quizzes_dir] if isinstance(quizzes_dir, Path) else list(quizzes_dir)
    catalog = Catalog(
        docs_dir=docs_dirs[0],
        quizzes_dir=quiz_dirs[0],
        locales=tuple(locales),
        references_page=references_page,
    )
    for folder in quiz_dirs:
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else ():
            if path.stem in catalog.reports:
                continue  # replaced by a more specific folder's bank
            report = load_bank(path, catalog.locales)
            catalog.reports[report.bank_id] = report
            catalog.diagnostics += report.diagnostics
    if content is None:
        content = load_content([d for d in docs_dirs], catalog.locales or ("en",))
    catalog.pages = [quiz_page(page) for page in content.pages]
    for page in catalog.pages:
        catalog.diagnostics += page.diagnostics
    catalog.diagnostics += _usage(catalog)
    return catalog


def _usage(catalog: Catalog) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    used: set[str] = set()
    for page in catalog.pages:
        if page.quiz is None:
            continue
        used.add(page.quiz.bank)
        found += _page_reference(catalog, page)
    found += _language_versions_agree(catalog)
    for bank_id, report in catalog.reports.items():
        if bank_id not in used:
            found.append(
                finding(
                    "Q122",
                    f"no page shows the bank '{bank_id}'.",
                    file=report.path,
                    line=1,
                    hint=f"Add 'quiz: {bank_id}' to the frontmatter of the page it belongs "
                    "to (both language versions), or delete the bank.",
                )
            )
        found += _links(catalog, report)  # also for an invalid bank: one run, every problem
    return found


def _page_reference(catalog: Catalog, page: PageSource) -> list[Diagnostic]:
    ref = page.quiz
    assert ref is not None
    report = catalog.reports.get(ref.bank)
    if report is None:
        close = difflib.get_close_matches(ref.bank, list(catalog.reports), n=1)
        hint = f"Did you mean '{close[0]}'? " if close else ""
        known = ", ".join(sorted(catalog.reports)) or "none yet"
        return [
            finding(
                "Q120",
                f"the page names the quiz bank '{ref.bank}', which does not exist "
                f"in {catalog.quizzes_dir.name}/.",
                file=page.path,
                line=page.quiz_line,
                hint=f"{hint}Banks: {known}.",
                subject="quiz",
            )
        ]
    missing = [qid for qid in ref.questions or () if qid not in report.question_ids]
    if not missing:
        return []
    return [
        finding(
            "Q121",
            f"the bank '{ref.bank}' has no question '{qid}'.",
            file=page.path,
            line=page.quiz_line,
            hint="Use one of: " + ", ".join(report.question_ids) + ".",
            subject=qid,
        )
        for qid in missing
    ]


def _language_versions_agree(catalog: Catalog) -> list[Diagnostic]:
    by_doc: dict[str, list[PageSource]] = defaultdict(list)
    for page in catalog.pages:
        if page.locale is not None:
            by_doc[page.doc].append(page)
    found = []
    for versions in by_doc.values():
        if len(versions) < 2:
            continue
        order = {locale: index for index, locale in enumerate(catalog.locales)}
        versions.sort(key=lambda p: order.get(p.locale or "", len(order)))
        first = versions[0]
        for other in versions[1:]:
            if other.quiz == first.quiz or (other.quiz is None and other.diagnostics):
                continue
            expected = _describe(first)
            found.append(
                finding(
                    "Q124",
                    f"this page shows {_describe(other)}, but its '{first.locale}' "
                    f"version ({first.path.name}) shows {expected}.",
                    file=other.path,
                    line=other.quiz_line or 1,
                    hint="Both language versions name the same bank and questions; each "
                    "renders the quiz in its own language.",
                    subject="quiz",
                )
            )
    return found


def _describe(page: PageSource) -> str:
    if page.quiz is None:
        return "no quiz"
    if page.quiz.questions is None:
        return f"the quiz '{page.quiz.bank}'"
    return f"the quiz '{page.quiz.bank}' (questions {', '.join(page.quiz.questions)})"


def _links(catalog: Catalog, report: BankReport) -> list[Diagnostic]:
    """reread targets and basis sources of every question, valid or not."""
    found: list[Diagnostic] = []
    references = [p for p in catalog.page_versions(catalog.references_page)]
    for question in report.links:
        if question.reread:
            found += _reread(catalog, report, question)
        if references:
            found += _basis(report, question, references)
    return found


def _reread(catalog: Catalog, report: BankReport, question: QuestionLinks) -> list[Diagnostic]:
    assert question.reread
    doc, _, anchor = question.reread.partition("#")
    line = report.line((*question.where, "reread"))
    versions = catalog.page_versions(doc)
    if not versions:
        close = difflib.get_close_matches(doc, sorted({p.doc for p in catalog.pages}), n=1)
        hint = f"Did you mean '{close[0]}'? " if close else ""
        return [
            finding(
                "Q125",
                f"reread names the page '{doc}', which does not exist.",
                file=report.path,
                line=line,
                hint=f"{hint}Write the path under the docs folder without the language "
                "suffix, e.g. 'materi/larangan.md#media-sosial'.",
                subject=question.subject,
            )
        ]
    lacking = [page.path.name for page in versions if anchor and anchor not in page.anchors]
    if not lacking:
        return []
    return [
        finding(
            "Q127",
            f"reread points at '#{anchor}', which {' and '.join(lacking)} "
            f"{'does' if len(lacking) == 1 else 'do'} not define.",
            file=report.path,
            line=line,
            hint="Give the heading an explicit anchor in every language version, e.g. "
            f"'## Media sosial {{ #{anchor} }}', or fix the anchor.",
            subject=question.subject,
        )
    ]


def _basis(
    report: BankReport, question: QuestionLinks, references: list[PageSource]
) -> list[Diagnostic]:
    found = []
    for basis in question.basis:
        slug = source_slug(basis)
        lacking = [page.path.name for page in references if slug not in page.anchors]
        if not lacking:
            continue
        found.append(
            finding(
                "Q126",
                f"the basis '{basis}' cites the source '{source_key(basis)}', but "
                f"{' and '.join(lacking)} {'has' if len(lacking) == 1 else 'have'} no anchor "
                f"'#{slug}'.",
                file=report.path,
                line=report.line((*question.where, "basis")),
                hint="Start the basis with a source listed on the references page (the "
                "part before ' Pasal'), or add that source there with "
                f"'{{ #{slug} }}' after its heading.",
                subject=question.subject,
            )
        )
    return found
