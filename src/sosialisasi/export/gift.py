"""Moodle GIFT: every question type of a bank, with feedback, in Markdown format.

Written the way Moodle's own GIFT exporter writes (``question/format/gift``) and
read back by its importer:

* ``~ = # { } :`` and the backslash are escaped with a backslash; a line break
  inside a text is written ``\\n``, so a question never holds a blank line (blank
  lines separate questions);
* ``$CATEGORY:`` before each bank puts its questions in a category of their own;
* ``::id::`` names a question with its stable id;
* ``[markdown]`` marks the question text, and so the options and feedback, as
  Markdown, the format the banks are written in;
* single: ``=right`` / ``~wrong``; multiple: ``~%33.33333%right`` per correct
  option (they add up to 100) and ``~%-100%wrong``; true-false: ``{TRUE#feedback
  when wrong#feedback when right}``; ``#feedback`` after an option is shown to a
  learner who chose it; ``####`` holds the explanation, legal basis and a link to
  the page to read again.
"""

from __future__ import annotations

from collections.abc import Sequence

from sosialisasi import __version__
from sosialisasi.export.context import ExportContext, Skipped, plain_text
from sosialisasi.quiz.model import Bank, Option, Question, QuestionType
from sosialisasi.quiz.strings import ui_strings

SPECIAL = frozenset("\\~=#{}:")
# The grades Moodle accepts for one option (question_bank::fraction_options_full):
# 100/n for these n; other counts of correct options import with an error.
MOODLE_SHARES = frozenset({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20})


def gift_escape(text: str) -> str:
    r"""Text safe anywhere in a GIFT question: specials escaped, line breaks as ``\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for char in text:
        if char in SPECIAL:
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        else:
            out.append(char)
    return "".join(out)


def category_name(name: str) -> str:
    r"""One level of a ``$CATEGORY:`` path, as Moodle's assemble_category_path writes it.

    A category line is read before any escape is undone, except that ``\\`` becomes
    ``\``: backslashes are doubled, '/' (the level separator) is written '//'.
    """
    name = plain_text(name).replace("\\", "\\\\").replace("/", "//")
    if name.startswith("/"):
        name = " " + name
    if name.endswith("/"):
        name += " "
    return name


def _percent(value: float) -> str:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def export_gift(banks: Sequence[Bank], context: ExportContext) -> tuple[str, list[Skipped]]:
    """The banks as one GIFT file; the notes list what Moodle may not take as written."""
    notes: list[Skipped] = []
    count = sum(len(bank.questions) for bank in banks)
    head = [
        f"// {context.site_name or 'sosialisasi'}: {count} questions from {len(banks)} "
        f"bank(s), language '{context.locale}'. Written by sosialisasi {__version__}.",
        "// Moodle: Question bank > Import > GIFT format, with 'Get category from file' ticked.",
    ]
    blocks = ["\n".join(head)]
    for bank in banks:
        levels = [context.site_name, context.text(bank.title)]
        path = "/".join(category_name(level) for level in levels if level)
        blocks.append(f"$CATEGORY: $course$/top/{path}")
        for question in bank.questions:
            blocks.append(_question(bank, question, context, notes))
    return "\n\n".join(blocks) + "\n", notes


def _question(bank: Bank, question: Question, context: ExportContext, notes: list) -> str:
    head = f"::{gift_escape(question.id)}::[markdown]{gift_escape(context.text(question.text))}"
    general = gift_escape(_general_feedback(question, context))
    tail = f"\t####{general}\n}}" if general else "}"
    if question.type is QuestionType.TRUE_FALSE:
        return f"{head}{{{_true_false(question, context)}\n{tail}"
    lines = [f"{head}{{"]
    if question.type is QuestionType.MULTIPLE:
        right = len(question.correct_ids)
        if right not in MOODLE_SHARES:
            notes.append(
                Skipped(
                    bank.id,
                    question.id,
                    f"{right} correct options give each a grade of {_percent(100 / right)}%, "
                    "which is not one of Moodle's grades: when importing, set 'Match grades' "
                    "to 'Nearest grade if not listed'.",
                )
            )
    for option in question.options:
        mark, text = _mark(question, option), _option_text(option, context)
        if mark == "~" and text.startswith("%"):  # read as a grade: write the grade
            mark = "~%0%"
        lines.append(f"\t{mark}{text}")
    lines.append(tail)
    return "\n".join(lines)


def _mark(question: Question, option: Option) -> str:
    if question.type is QuestionType.MULTIPLE:
        weight = 100 / len(question.correct_ids) if option.correct else -100
        return f"~%{_percent(weight)}%"
    if option.correct:
        return "="
    return "~"


def _option_text(option: Option, context: ExportContext) -> str:
    text = _part(context.text(option.text))
    feedback = _part(context.text(option.feedback))
    return f"{text}#{feedback}" if feedback else text


def _part(text: str) -> str:
    """An option or feedback text: escaped, and a leading '[plain]' kept as text.

    Moodle reads a '[name]' at the start of any text as its format; naming the
    format explicitly makes it read the author's bracket as text.
    """
    escaped = gift_escape(text)
    return f"[markdown]{escaped}" if escaped.startswith("[") else escaped


def _true_false(question: Question, context: ExportContext) -> str:
    """``TRUE#shown when wrong#shown when right``: feedback of the option chosen."""
    right = next(option for option in question.options if option.correct)
    wrong = next(option for option in question.options if not option.correct)
    answer = "TRUE" if right.id == "true" else "FALSE"
    when_wrong = _part(context.text(wrong.feedback))
    when_right = _part(context.text(right.feedback))
    if when_right:
        return f"{answer}#{when_wrong}#{when_right}"
    return f"{answer}#{when_wrong}" if when_wrong else answer


def _general_feedback(question: Question, context: ExportContext) -> str:
    """Explanation, legal basis and the page to read again, as Markdown paragraphs."""
    strings = ui_strings(context.locale)
    parts = [f"**{strings['explanation']}**", context.text(question.explanation)]
    if question.basis:
        parts.append(f"**{strings['basis']}:** " + "; ".join(question.basis))
    url = context.page_url(question.reread) if question.reread else None
    if url:
        parts.append(f"**{strings['reread']}:** <{url}>")
    return "\n\n".join(part for part in parts if part)
