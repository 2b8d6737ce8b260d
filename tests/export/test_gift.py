"""GIFT export read back the way Moodle reads it, for every real bank and a hostile one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sosialisasi.export import ExportContext, export_gift
from sosialisasi.export.context import plain_text
from sosialisasi.quiz.model import Bank, LocalizedText, Option, Question, QuestionType
from sosialisasi.quiz.validate import load_bank
from tests.export.moodle_reader import GiftQuestion, read_gift
from tests.helpers import REPO

HOSTILE = REPO / "tests/fixtures/sites/export/quizzes/khusus.md"
REAL_BANKS = sorted((REPO / "quizzes").glob("*.md"))
LOCALES = ("id", "en")


def bank_at(path: Path) -> Bank:
    report = load_bank(path, LOCALES)
    assert report.bank is not None, [d.format() for d in report.diagnostics]
    return report.bank


def context(locale: str) -> ExportContext:
    return ExportContext(
        locale=locale,
        fallback="id",
        site_name="Netralitas ASN",
        site_url="https://netralitas.example.org/",
        prefix="" if locale == "id" else "en/",
    )


def assert_same_as_bank(bank: Bank, parsed: list[GiftQuestion], locale: str) -> None:
    """Every question Moodle would import equals the bank's, option by option."""
    ctx = context(locale)
    assert [q.name for q in parsed] == [q.id for q in bank.questions]
    for question, got in zip(bank.questions, parsed, strict=True):
        assert got.category == [
            "$course$",
            "top",
            "Netralitas ASN",
            plain_text(ctx.text(bank.title)),
        ]
        assert got.text.format == "markdown"
        assert got.text.text == ctx.text(question.text)
        assert_general_feedback(question, got, ctx)
        if question.type is QuestionType.TRUE_FALSE:
            assert_true_false(question, got, ctx)
        else:
            assert_choices(question, got, ctx)


def assert_general_feedback(question: Question, got: GiftQuestion, ctx: ExportContext) -> None:
    feedback = got.general_feedback
    assert feedback.format == "markdown"
    assert ctx.text(question.explanation) in feedback.text
    for basis in question.basis:
        assert basis in feedback.text
    if question.reread:
        assert ctx.page_url(question.reread) in feedback.text


def assert_true_false(question: Question, got: GiftQuestion, ctx: ExportContext) -> None:
    assert got.qtype == "truefalse"
    assert got.correct_answer is ("true" in question.correct_ids)
    by_id = {option.id: option for option in question.options}
    assert got.feedback_true is not None and got.feedback_false is not None
    assert got.feedback_true.text == ctx.text(by_id["true"].feedback)
    assert got.feedback_false.text == ctx.text(by_id["false"].feedback)


def assert_choices(question: Question, got: GiftQuestion, ctx: ExportContext) -> None:
    assert got.qtype == "multichoice"
    assert got.single is (question.type is QuestionType.SINGLE)
    assert len(got.answers) == len(question.options)
    right = len(question.correct_ids)
    for option, answer in zip(question.options, got.answers, strict=True):
        assert answer.text.text == ctx.text(option.text)
        assert answer.text.format == "markdown"
        assert answer.feedback.text == ctx.text(option.feedback)
        if question.type is QuestionType.SINGLE:
            assert answer.fraction == (1.0 if option.correct else 0.0)
        else:
            expected = 1 / right if option.correct else -1.0
            assert answer.fraction == pytest.approx(expected, abs=1e-7)
    if question.type is QuestionType.MULTIPLE:
        positive = sum(a.fraction for a in got.answers if a.fraction > 0)
        assert round(positive, 2) == 1.0  # Moodle's check: positive grades add up to 100%


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path", REAL_BANKS, ids=lambda path: path.stem)
def test_every_real_bank_reads_back_as_written(path: Path, locale: str):
    bank = bank_at(path)
    text, notes = export_gift([bank], context(locale))
    assert notes == []
    assert_same_as_bank(bank, read_gift(text), locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_bank_full_of_gift_special_characters_reads_back_as_written(locale: str):
    bank = bank_at(HOSTILE)
    text, _ = export_gift([bank], context(locale))
    parsed = read_gift(text)
    assert_same_as_bank(bank, parsed, locale)
    # the fixture does carry the hard cases
    raw = {q.id: q for q in bank.questions}
    assert "%50%" in context(locale).text(raw["tanda"].options[0].text)
    assert parsed[0].answers[0].fraction == 0.0
    assert parsed[1].text.text.startswith("[markdown] ")


def test_several_banks_each_get_their_category():
    banks = [bank_at(path) for path in REAL_BANKS[:2]]
    text, _ = export_gift(banks, context("id"))
    parsed = read_gift(text)
    assert len(parsed) == sum(len(bank.questions) for bank in banks)
    titles = [plain_text(bank.title.get("id")) for bank in banks]
    assert sorted({q.category[-1] for q in parsed}) == sorted(titles)
    first = len(banks[0].questions)
    assert {q.category[-1] for q in parsed[:first]} == {titles[0]}


def test_output_has_no_blank_line_inside_a_question_and_starts_with_comments():
    bank = bank_at(HOSTILE)
    text, _ = export_gift([bank], context("id"))
    blocks = text.strip().split("\n\n")
    assert blocks[0].startswith("// ") and all(
        line.startswith("//") for line in blocks[0].split("\n")
    )
    assert blocks[1].startswith("$CATEGORY: ")
    assert len(blocks) == 2 + len(bank.questions)


def test_a_share_moodle_does_not_list_is_reported():
    bank = bank_at(HOSTILE)
    question = next(q for q in bank.questions if q.type is QuestionType.MULTIPLE)
    options = tuple(
        type(option)(id=f"o{i}", correct=True, text=option.text)
        for i, option in enumerate(question.options * 3)
    )  # 12 correct options: 8.33333% each, not one of Moodle's grades
    odd = type(question)(**{**question.__dict__, "options": options})
    _, notes = export_gift([type(bank)(**{**bank.__dict__, "questions": (odd,)})], context("id"))
    assert [note.question for note in notes] == [question.id]
    assert "Nearest grade" in notes[0].reason


GIFT_HARD = st.lists(
    st.sampled_from([*"ab ~=#{}:\\\n\r%[]/->TRUEF$&0", "[html]", "[plain]", "::", "####", "//"]),
    max_size=20,
).map("".join)


def one_question_bank(stem: str, right: str, wrong: str, feedback: str) -> Bank:
    def text(value: str) -> LocalizedText:
        return LocalizedText.of({"id": value, "en": value})

    question = Question(
        id="q",
        type=QuestionType.SINGLE,
        text=text(stem),
        options=(
            Option(id="a", correct=True, text=text(right), feedback=text(feedback)),
            Option(id="b", correct=False, text=text(wrong)),
        ),
        explanation=text("x"),
        basis=("SKB 2022",),
    )
    return Bank(id="b", title=text("t"), questions=(question,))


@given(stem=GIFT_HARD, right=GIFT_HARD, wrong=GIFT_HARD, feedback=GIFT_HARD)
def test_any_text_survives_escaping(stem: str, right: str, wrong: str, feedback: str):
    """Whatever an author writes comes back from Moodle's reader as written (trimmed)."""
    texts = [stem, right, wrong, feedback]
    if any("&&" in text for text in texts):
        return  # Moodle's own placeholders (&&058; ...): a limitation of its importer
    if not (stem.strip() and right.strip() and wrong.strip()):
        return  # the validator refuses empty texts
    bank = one_question_bank(stem.strip(), right.strip(), wrong.strip(), feedback.strip())
    gift, _ = export_gift([bank], context("id"))
    (question,) = read_gift(gift)

    def norm(text: str) -> str:
        return text.replace("\r\n", "\n").replace("\r", "\n").strip()

    assert question.text.text == norm(stem)
    assert [a.text.text for a in question.answers] == [norm(right), norm(wrong)]
    assert question.answers[0].feedback.text == norm(feedback)
    assert [a.fraction for a in question.answers] == [1.0, 0.0]
