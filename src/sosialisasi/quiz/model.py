"""A quiz bank as frozen values: what the validator produces and the renderer reads.

The answer key (``Option.correct``) is stored once and shared by every language;
only texts are per language, so the languages cannot disagree about the answer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true-false"


@dataclass(frozen=True)
class LocalizedText:
    """One Markdown text per language code, e.g. ``{"id": "...", "en": "..."}``."""

    texts: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> LocalizedText:
        return cls(tuple(texts.items()))

    def get(self, locale: str, fallback: str | None = None) -> str:
        """The text in ``locale``, else in ``fallback``, else the first one written."""
        found = dict(self.texts)
        if locale in found:
            return found[locale]
        if fallback is not None and fallback in found:
            return found[fallback]
        return self.texts[0][1] if self.texts else ""

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(locale for locale, _ in self.texts)


@dataclass(frozen=True)
class Option:
    id: str
    correct: bool
    text: LocalizedText | None = None  # optional for true-false (labels come from the UI)
    feedback: LocalizedText | None = None  # shown when the reader chose this option


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: LocalizedText
    options: tuple[Option, ...]
    explanation: LocalizedText
    basis: tuple[str, ...]
    reread: str | None = None  # "materi/larangan.md#anchor": page under docs, no language suffix
    line: int | None = None  # where the question starts in its bank file

    @property
    def correct_ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options if option.correct)

    @property
    def key_hash(self) -> str:
        """Fingerprint of the answer key: saved progress is kept only while it matches.

        It changes when the type or the set of correct options changes, and only then,
        so rewording or reordering a question keeps a reader's answer, and a changed key
        forgets just this question.
        """
        key = f"{self.type.value}:{','.join(sorted(self.correct_ids))}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Bank:
    id: str
    title: LocalizedText
    questions: tuple[Question, ...]
    description: LocalizedText | None = None
    path: Path | None = None

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def select(self, question_ids: tuple[str, ...] | None) -> tuple[Question, ...]:
        """The questions a page asked for, in the page's order (all when it named none)."""
        if question_ids is None:
            return self.questions
        found = (self.question(qid) for qid in question_ids)
        return tuple(q for q in found if q is not None)
