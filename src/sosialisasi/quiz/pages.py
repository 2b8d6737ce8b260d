"""What the content pages say about quizzes, read straight from the Markdown sources.

Both the build and ``sosialisasi check`` need to know which page names which bank
(``quiz:`` in the frontmatter), each page's title per language (for "read again"
links) and the anchors a page defines (to check ``reread`` targets). Reading the
sources here, without MkDocs, gives both the same answer and exact line numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.quiz.load import read_source, scalar_text

HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
EXPLICIT_ANCHOR = re.compile(r"\{[^}]*#([A-Za-z0-9_:.-]+)[^}]*\}\s*$")
ANCHOR_ATTRIBUTE = re.compile(r"\{[^}]*#([A-Za-z0-9_:.-]+)[^}]*\}")
FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class QuizRef:
    """A page's ``quiz:`` field: a bank id and, optionally, some of its question ids."""

    bank: str
    questions: tuple[str, ...] | None = None


@dataclass
class PageSource:
    """One Markdown file under the docs folder, as far as quizzes are concerned."""

    path: Path
    doc: str  # path under docs without language suffix: 'materi/larangan.md'
    locale: str | None  # None: the file serves every language (no suffix)
    title: str | None
    quiz: QuizRef | None
    quiz_line: int | None
    anchors: frozenset[str] = frozenset()
    diagnostics: list[Diagnostic] = field(default_factory=list)


def split_locale(relative: str, locales: Sequence[str]) -> tuple[str, str | None]:
    """('materi/larangan.id.md', ['id','en']) -> ('materi/larangan.md', 'id')."""
    stem, dot, suffix = relative.rpartition(".")
    base, _, maybe_locale = stem.rpartition(".")
    if base and maybe_locale in locales:
        return f"{base}{dot}{suffix}", maybe_locale
    return relative, None


def scan_pages(docs_dir: Path, locales: Sequence[str]) -> list[PageSource]:
    """Every Markdown page under ``docs_dir`` with its quiz reference, title and anchors."""
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        doc, locale = split_locale(relative, locales)
        pages.append(read_page(path, doc, locale))
    return pages


def read_page(path: Path, doc: str, locale: str | None) -> PageSource:
    source = read_source(path)
    meta = source.data if isinstance(source.data, dict) else {}
    page = PageSource(
        path=path,
        doc=doc,
        locale=locale,
        title=_text(meta.get("title")),
        quiz=None,
        quiz_line=source.lines.get(("quiz",)),
    )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return page  # MkDocs reports unreadable pages itself
    page.anchors = frozenset(anchors(text))
    if page.title is None:
        page.title = first_heading(text)
    if "quiz" in meta and meta["quiz"] is not None:
        page.quiz = parse_quiz_ref(meta["quiz"], page)
    return page


def parse_quiz_ref(value: Any, page: PageSource) -> QuizRef | None:
    """Read ``quiz: bank-id`` or ``quiz: {bank: bank-id, questions: [q1, q2]}``."""
    if isinstance(value, str) and value.strip():
        return QuizRef(bank=value.strip())
    if isinstance(value, dict):
        unknown = [str(key) for key in value if key not in ("bank", "questions")]
        bank = value.get("bank")
        questions = value.get("questions")
        if not unknown and isinstance(bank, str) and bank.strip():
            if questions is None:
                return QuizRef(bank=bank.strip())
            if isinstance(questions, list) and questions:
                return QuizRef(bank=bank.strip(), questions=tuple(map(scalar_text, questions)))
    page.diagnostics.append(
        Diagnostic(
            code="Q123",
            severity=Severity.ERROR,
            message="the 'quiz' field must name a bank: 'quiz: bank-id' or "
            "'quiz: {bank: bank-id, questions: [question-id, ...]}'.",
            file=page.path,
            line=page.quiz_line,
            hint="Write the bank id (the file name in quizzes/ without .md); to show only "
            "some questions, list their ids under 'questions'.",
            subject="quiz",
        )
    )
    return None


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def body_lines(text: str) -> Iterable[str]:
    """Lines outside fenced code blocks."""
    fenced = False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield line


def first_heading(text: str) -> str | None:
    for line in body_lines(text):
        match = HEADING.match(line)
        if match and line.startswith("# "):
            return EXPLICIT_ANCHOR.sub("", match.group(1)).strip()
    return None


def anchors(text: str) -> set[str]:
    """Anchors a page defines: explicit ``{ #id }`` attributes and slugs of plain headings."""
    found: set[str] = set()
    for line in body_lines(text):
        found.update(ANCHOR_ATTRIBUTE.findall(line))
        match = HEADING.match(line)
        if match and not EXPLICIT_ANCHOR.search(match.group(1)):
            found.add(heading_slug(match.group(1)))
    return found


def heading_slug(title: str) -> str:
    """The id Python-Markdown's toc extension gives a heading that has no explicit one."""
    text = re.sub(r"[*_`]", "", title)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)
