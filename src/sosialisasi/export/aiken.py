"""Aiken: the simplest import format, single-answer multiple choice only.

One line of question text, one line per option (``A. text``), then ``ANSWER: X``,
and a blank line. Aiken has no markup, no feedback and no escaping, so texts are
written as plain text on one line, and true-false questions as two options
(Benar/Salah, True/False). A question Aiken cannot carry (several correct answers,
more than 26 options, a text Moodle would misread as an option or answer line) is
left out and listed in ``skipped``, never dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sosialisasi.export.context import ExportContext, Skipped, plain_text
from sosialisasi.quiz.model import Bank, Option, Question, QuestionType
from sosialisasi.quiz.strings import ui_strings

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# How Moodle's Aiken importer recognises an option line and the answer line.
OPTION_LINE = re.compile(r"^[A-Z][).]")
ANSWER_LINE = re.compile(r"^ANSWER:")


@dataclass
class AikenExport:
    text: str
    exported: int
    skipped: list[Skipped] = field(default_factory=list)


def export_aiken(banks: Sequence[Bank], context: ExportContext) -> AikenExport:
    blocks: list[str] = []
    skipped: list[Skipped] = []
    for bank in banks:
        for question in bank.questions:
            block, reason = _question(question, context)
            if block is None:
                skipped.append(Skipped(bank.id, question.id, reason))
            else:
                blocks.append(block)
    text = "\n\n".join(blocks) + "\n" if blocks else ""
    return AikenExport(text=text, exported=len(blocks), skipped=skipped)


def _question(question: Question, context: ExportContext) -> tuple[str | None, str]:
    if question.type is QuestionType.MULTIPLE:
        return None, "a multiple-answer question (Aiken has only one correct answer)"
    options = list(question.options)
    if question.type is QuestionType.TRUE_FALSE:
        options.sort(key=lambda option: option.id != "true")  # as the site shows them
    if len(options) > len(LETTERS):
        return None, f"{len(options)} options (Aiken has letters A to Z only)"
    stem = plain_text(context.text(question.text))
    if len(stem) < 2:
        return None, "its text is shorter than two characters once written as plain text"
    if OPTION_LINE.match(stem) or ANSWER_LINE.match(stem):
        return None, (
            f"its text starts with '{stem[:8]}', which Aiken reads as an option or answer "
            "line; reword its start to export it"
        )
    lines = [stem]
    answer = ""
    for letter, option in zip(LETTERS, options, strict=False):
        label = _label(question, option, context)
        if not label:
            return None, f"option '{option.id}' has no text once written as plain text"
        lines.append(f"{letter}. {label}")
        if option.correct:
            answer = letter
    lines.append(f"ANSWER: {answer}")
    return "\n".join(lines), ""


def _label(question: Question, option: Option, context: ExportContext) -> str:
    if question.type is QuestionType.TRUE_FALSE and option.text is None:
        return ui_strings(context.locale)[option.id]
    return plain_text(context.text(option.text))
