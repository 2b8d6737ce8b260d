"""What the content pages say about quizzes, taken from the site model.

Both the build and ``sosialisasi check`` need to know which page names which bank
(``quiz:`` in the frontmatter), each page's title per language (for "read again"
links) and the anchors a page defines (to check ``reread`` targets). The site model
(``sosialisasi.site.content``) reads each page once, with MkDocs' frontmatter rule
and the build's anchors, so both get the same answer, and exact line numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.quiz.load import scalar_text
from sosialisasi.site.content import Page
from sosialisasi.site.layout import split_locale

__all__ = ["PageSource", "QuizRef", "parse_quiz_ref", "quiz_page", "split_locale"]


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
    diagnostics: list[Diagnostic] = field(default_factory=list)
    page: Page | None = None  # the site model's page, for its anchors

    @property
    def anchors(self) -> Mapping[str, int] | frozenset[str]:
        """Anchors the page defines, as the build gives them (computed on first use)."""
        return self.page.markdown.anchors if self.page else frozenset()


def quiz_page(page: Page) -> PageSource:
    """The quiz side of a site page: its ``quiz:`` field, title and anchors."""
    meta = page.fields
    source = PageSource(
        path=page.path,
        doc=page.doc,
        locale=page.locale if page.suffixed else None,
        title=page.title,
        quiz=None,
        quiz_line=page.meta.lines.get("quiz"),
        page=page,
    )
    if meta.get("quiz") is not None:
        source.quiz = parse_quiz_ref(meta["quiz"], source)
    return source


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
