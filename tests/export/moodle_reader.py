"""Readers of GIFT and Aiken files that follow Moodle's own importers step by step.

Moodle reads what sosialisasi exports, so the tests read it back the way Moodle
does (question/format/gift/format.php and question/format/aiken/format.php):
escapes become placeholders before anything is split, questions are split on
blank lines, the answer block is the text between the first '{' and the first
'}', general feedback follows the last '####', an option's feedback its first
'#'. Only the question types sosialisasi writes are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# question/format/gift/format.php: escapedchar_pre / escapedchar_post
_ESCAPED = ("\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n")
_PLACEHOLDERS = ("&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010")
_CHARACTERS = (":", "#", "=", "{", "}", "~", "\n")
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")


def _pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for escaped, placeholder in zip(_ESCAPED, _PLACEHOLDERS, strict=True):
        text = text.replace(escaped, placeholder)
    return text.replace("&&092;", "\\")


def _post(text: str) -> str:
    for placeholder, char in zip(_PLACEHOLDERS, _CHARACTERS, strict=True):
        text = text.replace(placeholder, char)
    return text


@dataclass
class Text:
    text: str
    format: str


@dataclass
class Answer:
    text: Text
    fraction: float
    feedback: Text


@dataclass
class GiftQuestion:
    category: list[str]
    name: str
    qtype: str
    text: Text
    general_feedback: Text
    single: bool = True
    answers: list[Answer] = field(default_factory=list)
    correct_answer: bool | None = None  # true-false
    feedback_true: Text | None = None
    feedback_false: Text | None = None


def _with_format(text: str, default: str = "moodle") -> Text:
    result = Text(text, default)
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end]
        if name in ("moodle", "html", "plain", "markdown"):
            result = Text(text[end + 1 :], name)
    return Text(_post(result.text).strip(), result.format)


def split_category_path(path: str) -> list[str]:
    raw = re.split(r"(?<!/)/(?!/)", path)
    return [name.replace("//", "/").strip() for name in raw]


def read_gift(content: str) -> list[GiftQuestion]:
    """Every question of a GIFT file, each with the category it was filed under."""
    blocks: list[list[str]] = [[]]
    for line in content.split("\n"):
        if line.strip() in ("", "0"):  # PHP's empty(): "0" counts as a blank line
            blocks.append([])
        else:
            blocks[-1].append(line)
    category: list[str] = []
    questions = []
    for lines in blocks:
        if not lines:
            continue
        kept = [" " if line.strip().startswith("//") else line.strip() for line in lines]
        text = "\n".join(kept).strip()
        if not text:
            continue
        text = _pre(text)
        if text.startswith("$CATEGORY:"):
            category = split_category_path(text[10:].strip())
            continue
        questions.append(_question(text, category))
    return questions


def _question(text: str, category: list[str]) -> GiftQuestion:
    name = ""
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        assert end >= 0, "unclosed question name"
        name = _post(text[:end])
        text = text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    assert start >= 0 and finish > start, f"no answer block in {text!r}"
    answer_text = text[start + 1 : finish].strip()
    assert text.endswith("}"), f"text after the answer block: {text[finish:]!r}"
    question_text = text[:start]
    general = ""
    separator = answer_text.rfind("####")
    if separator >= 0:
        general = answer_text[separator + 4 :]
        answer_text = answer_text[:separator].strip()
    stem = _with_format(question_text)
    question = GiftQuestion(
        category=list(category),
        name=name,
        qtype="",
        text=stem,
        general_feedback=_with_format(general, stem.format),
    )
    hash_at = answer_text.find("#")
    check = answer_text[:hash_at].strip() if hash_at > 0 else answer_text
    if "~" in answer_text:
        question.qtype = "multichoice"
        _multichoice(question, answer_text)
    elif "=" in answer_text and "->" in answer_text:
        raise AssertionError(f"read as a matching question: {answer_text!r}")
    elif check in ("T", "TRUE", "F", "FALSE"):
        question.qtype = "truefalse"
        bits = [*answer_text.split("#", 2), "", ""]
        answer, wrong, right = (_with_format(bit.strip(), stem.format) for bit in bits[:3])
        question.correct_answer = answer.text in ("T", "TRUE")
        if question.correct_answer:
            question.feedback_true, question.feedback_false = right, wrong
        else:
            question.feedback_true, question.feedback_false = wrong, right
    else:
        raise AssertionError(f"not a type sosialisasi writes: {answer_text!r}")
    return question


def _multichoice(question: GiftQuestion, answer_text: str) -> None:
    question.single = "=" in answer_text
    answers = answer_text.replace("=", "~=").split("~")
    if answers and not answers[0].strip():
        answers = answers[1:]
    assert len(answers) >= 2, "fewer than two answers"
    for raw in answers:
        answer = raw.strip()
        if answer.startswith("="):
            fraction, answer = 1.0, answer[1:]
        elif _WEIGHT.match(answer):
            answer = answer[1:]
            end = answer.find("%")
            fraction, answer = float(answer[:end]) / 100, answer[end + 1 :]
        else:
            fraction = 0.0
        bits = answer.split("#", 1)
        feedback = bits[1].strip() if len(bits) > 1 else ""
        question.answers.append(
            Answer(
                text=_with_format(bits[0].strip(), question.text.format),
                fraction=fraction,
                feedback=_with_format(feedback, question.text.format),
            )
        )


@dataclass
class AikenQuestion:
    text: str
    answers: list[str]
    correct: int


def read_aiken(content: str) -> tuple[list[AikenQuestion], list[str]]:
    """Questions of an Aiken file, and the errors Moodle's importer would report."""
    questions: list[AikenQuestion] = []
    errors: list[str] = []
    current: AikenQuestion | None = None
    for number, raw in enumerate(content.split("\n"), start=1):
        line = raw.strip()
        if len(line) < 2:
            continue
        if re.match(r"^[A-Z][).][ \t]?", line):
            if current is None:
                errors.append(f"line {number}: an option outside a question")
                continue
            current.answers.append(line[2:].strip())
        elif line.startswith("ANSWER:"):
            if current is None:
                errors.append(f"line {number}: an answer outside a question")
                continue
            letter = line[line.find(":") + 1 :].strip()[:1]
            if len(current.answers) < 2:
                errors.append(f"line {number}: fewer than two options")
            else:
                current.correct = ord(letter) - ord("A")
                questions.append(current)
            current = None
        else:
            if current is not None:
                errors.append(f"line {number}: the previous question was not complete")
            current = AikenQuestion(text=line, answers=[], correct=-1)
    if current is not None:
        errors.append("the last question has no ANSWER line")
    return questions, errors
