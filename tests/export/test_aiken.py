"""Aiken export read back the way Moodle reads it; what Aiken cannot carry is listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.export import export_aiken
from sosialisasi.export.context import plain_text
from sosialisasi.quiz.model import QuestionType
from sosialisasi.quiz.strings import ui_strings
from tests.export.moodle_reader import read_aiken
from tests.export.test_gift import HOSTILE, LOCALES, REAL_BANKS, bank_at, context


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path", [*REAL_BANKS, HOSTILE], ids=lambda path: path.stem)
def test_single_answer_questions_read_back_and_the_rest_are_listed(path: Path, locale: str):
    bank = bank_at(path)
    ctx = context(locale)
    result = export_aiken([bank], ctx)
    questions, errors = read_aiken(result.text)
    assert errors == []
    skipped = {s.question for s in result.skipped}
    kept = [q for q in bank.questions if q.id not in skipped]
    assert result.exported == len(questions) == len(kept)
    assert {q.id for q in bank.questions if q.type is QuestionType.MULTIPLE} <= skipped
    for question, got in zip(kept, questions, strict=True):
        assert got.text == plain_text(ctx.text(question.text))
        options = (
            sorted(question.options, key=lambda o: o.id != "true")
            if (question.type is QuestionType.TRUE_FALSE)
            else list(question.options)
        )
        labels = [
            plain_text(ctx.text(o.text)) if o.text else ui_strings(locale)[o.id] for o in options
        ]
        assert got.answers == labels
        assert options[got.correct].correct


def test_the_hostile_bank_lists_every_question_aiken_would_misread():
    result = export_aiken([bank_at(HOSTILE)], context("id"))
    reasons = {s.question: s.reason for s in result.skipped}
    assert set(reasons) == {"ganda", "a-di-awal", "benar-saja"}
    assert "multiple-answer" in reasons["ganda"]
    assert "'A. Teks " in reasons["a-di-awal"] and "reword" in reasons["a-di-awal"]
    assert "ANSWER:" in reasons["benar-saja"]
    assert all(s.format().startswith(f"khusus/{s.question}: ") for s in result.skipped)


def test_true_false_becomes_two_options_in_the_readers_language():
    bank = bank_at(HOSTILE)
    result = export_aiken([bank], context("en"))
    questions, _ = read_aiken(result.text)
    true_false = next(q for q in questions if q.text.startswith("This {TRUE}"))
    assert true_false.answers == ["True", "False"] and true_false.correct == 1


def test_questions_are_one_line_each_and_separated_by_a_blank_line():
    bank = bank_at(REAL_BANKS[0])
    text = export_aiken([bank], context("id")).text
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        assert lines[-1].startswith("ANSWER: ")
        assert all(line[:3] in {f"{c}. " for c in "ABCDEFGH"} for line in lines[1:-1])
