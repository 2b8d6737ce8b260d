"""Validation of quiz banks: one fixture file per error, plus the model of a valid bank."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.diagnostics import Severity
from sosialisasi.quiz.model import QuestionType
from sosialisasi.quiz.validate import CODES, load_bank
from tests.quiz.conftest import ERROR_BANKS, FIXTURES, LOCALES, expectations


@pytest.mark.parametrize("path", ERROR_BANKS, ids=lambda p: p.stem)
def test_each_error_fixture_reports_exactly_its_error(path: Path):
    expected = expectations(path)
    assert expected, f"{path.name} has no 'expect:' line"
    report = load_bank(path, LOCALES)
    found = [(d.code, d.line, d.subject) for d in report.diagnostics]
    assert found == [(e.code, e.line, e.subject) for e in expected]
    assert report.bank is None, "a bank with an error must not be rendered"
    assert path.stem.startswith(expected[0].code.lower())


@pytest.mark.parametrize("path", ERROR_BANKS, ids=lambda p: p.stem)
def test_every_message_says_where_what_and_how_to_fix(path: Path):
    for diagnostic in load_bank(path, LOCALES).diagnostics:
        assert diagnostic.severity is Severity.ERROR
        assert diagnostic.file == path and diagnostic.line
        assert diagnostic.message and diagnostic.hint
        text = diagnostic.format()
        assert text.startswith(f"{path}:{diagnostic.line}: error {diagnostic.code}")
        assert "Traceback" not in text and " Fix: " in text


def test_every_bank_level_code_has_a_fixture():
    bank_codes = {code for code in CODES if code < "Q120"}
    covered = {e.code for path in ERROR_BANKS for e in expectations(path)}
    assert bank_codes <= covered, sorted(bank_codes - covered)


def test_complete_bank_becomes_the_model():
    report = load_bank(FIXTURES / "valid" / "lengkap.md", LOCALES)
    assert report.diagnostics == []
    bank = report.bank
    assert bank is not None and bank.id == "lengkap"
    assert bank.title.get("en") == "Complete quiz"
    assert bank.description is not None and bank.description.get("id").startswith("Satu")
    single, multiple, true_false = bank.questions
    assert (single.type, multiple.type, true_false.type) == tuple(QuestionType)
    assert single.correct_ids == ("b",)
    assert single.options[0].feedback is not None
    assert single.options[2].feedback is None
    assert single.basis == ("PP 94/2021 Pasal 5 huruf n",)
    assert single.reread == "materi/larangan.md#media-sosial"
    assert single.line == 11
    assert multiple.correct_ids == ("foto", "kampanye")
    assert multiple.basis == ("UU 20/2023 Pasal 24 ayat (1) huruf d", "SKB 2022")
    assert true_false.correct_ids == ("true",)
    assert true_false.options[0].text is None
    assert true_false.basis == ("UU 7/2017",)


def test_the_answer_key_is_one_for_every_language():
    bank = load_bank(FIXTURES / "valid" / "lengkap.md", LOCALES).bank
    assert bank is not None
    for question in bank:
        for option in question.options:
            assert isinstance(option.correct, bool)  # one flag, not one per language
            if option.text is not None:
                assert option.text.locales == LOCALES


def test_key_hash_follows_the_answer_key_only():
    bank = load_bank(FIXTURES / "valid" / "lengkap.md", LOCALES).bank
    assert bank is not None
    hashes = [q.key_hash for q in bank]
    assert len(set(hashes)) == 3 and all(len(h) == 12 for h in hashes)
    single = bank.questions[0]
    reworded = type(single)(**{**single.__dict__, "text": bank.questions[1].text})
    assert reworded.key_hash == single.key_hash
    options = tuple(
        type(o)(id=o.id, correct=o.id == "a", text=o.text, feedback=o.feedback)
        for o in single.options
    )
    rekeyed = type(single)(**{**single.__dict__, "options": options})
    assert rekeyed.key_hash != single.key_hash


def test_a_third_language_is_text_only(tmp_path: Path):
    source = (FIXTURES / "valid" / "lengkap.md").read_text()
    (tmp_path / "lengkap.md").write_text(source)
    report = load_bank(tmp_path / "lengkap.md", ("id", "en", "jv"))
    missing = {d.code for d in report.diagnostics}
    assert missing == {"Q103"}, "a new language needs its texts, nothing else"
    assert all("(jv)" in d.message for d in report.diagnostics)


def test_unquoted_true_false_option_ids_are_refused_with_the_fix(tmp_path: Path):
    """YAML reads an unquoted true as a boolean: the schema and editors reject it, so must we."""
    text = (FIXTURES / "valid" / "lengkap.md").read_text()
    text = text.replace('- id: "false"', "- id: false").replace('- id: "true"', "- id: True")
    (tmp_path / "lengkap.md").write_text(text)
    report = load_bank(tmp_path / "lengkap.md", LOCALES)
    assert report.bank is None
    found = {(d.code, d.subject, d.hint) for d in report.diagnostics}
    assert found == {
        ("Q111", "boleh-mencoblos/True", 'Quote it: id: "True".'),
        ("Q111", "boleh-mencoblos/false", 'Quote it: id: "false".'),
    }, "the option errors only: no extra Q112 for ids already reported"


@pytest.mark.parametrize("written", ["yes", "No", "on", "OFF"])
def test_yaml_1_1_booleans_are_refused_where_true_or_false_is_wanted(tmp_path: Path, written):
    text = (FIXTURES / "valid" / "lengkap.md").read_text()
    assert text.count("correct: true") >= 1
    text = text.replace("correct: true", f"correct: {written}", 1)
    (tmp_path / "lengkap.md").write_text(text)
    report = load_bank(tmp_path / "lengkap.md", LOCALES)
    assert [d.code for d in report.diagnostics] == ["Q111"]
    (diagnostic,) = report.diagnostics
    assert f"'correct: {written}'" in diagnostic.message
    fixed = "true" if written.lower() in ("yes", "on") else "false"
    assert diagnostic.hint == f"Write 'correct: {fixed}'."
    assert report.bank is None


def test_unquoted_true_as_a_text_is_refused_but_yes_and_no_stay_text(tmp_path: Path):
    text = (FIXTURES / "valid" / "lengkap.md").read_text()
    start = text.index("basis:")
    end = text.index("\n", start)
    text = text[:start] + "basis: [true, Yes]" + text[end:]
    (tmp_path / "lengkap.md").write_text(text)
    report = load_bank(tmp_path / "lengkap.md", LOCALES)
    assert [(d.code, d.hint) for d in report.diagnostics] == [("Q111", 'Quote it: "true".')]


def test_several_errors_in_one_bank_are_all_reported(tmp_path: Path):
    text = (FIXTURES / "valid" / "lengkap.md").read_text()
    text = text.replace("type: multiple", "type: multi").replace("basis: UU 7/2017", "basis: []")
    (tmp_path / "lengkap.md").write_text(text)
    codes = [d.code for d in load_bank(tmp_path / "lengkap.md", LOCALES).diagnostics]
    assert codes == ["Q107", "Q116"]


def test_yes_and_no_in_a_text_stay_words(tmp_path: Path):
    text = (FIXTURES / "valid" / "lengkap.md").read_text()
    text = text.replace('{id: "Tidak boleh", en: "No"}', "{id: Tidak, en: No}")
    (tmp_path / "lengkap.md").write_text(text)
    bank = load_bank(tmp_path / "lengkap.md", LOCALES).bank
    assert bank is not None
    option = bank.questions[0].options[1].text
    assert option is not None and option.get("en") == "No"
