"""Exam mode core: the bank version, the result code and the vendored browser files."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from sosialisasi.quiz.validate import load_bank
from sosialisasi.trainer.exam import LICENCES, VENDORED, bank_version, result_code
from tests.helpers import REPO

ASSETS = REPO / "src" / "sosialisasi" / "trainer" / "assets"
BANK = load_bank(REPO / "quizzes" / "media-sosial.md", ("id", "en")).bank


def test_vendored_files_are_the_npm_files_named_in_the_readme_with_their_licences():
    readme = (ASSETS / "vendor" / "README.md").read_text(encoding="utf-8")
    for name, digest in VENDORED.items():
        assert hashlib.sha256((ASSETS / name).read_bytes()).hexdigest() == digest
        assert digest in readme
    for name in LICENCES:
        assert "Permission" in (ASSETS / name).read_text(encoding="utf-8") or "Apache" in (
            ASSETS / name
        ).read_text(encoding="utf-8")


def test_bank_version_changes_with_the_answer_key_and_the_order_only():
    version = bank_version(BANK)
    assert re.fullmatch(r"[0-9a-f]{10}", version)
    assert bank_version(replace(BANK, title=BANK.description)) == version
    assert bank_version(replace(BANK, questions=BANK.questions[::-1])) != version
    assert bank_version(replace(BANK, questions=BANK.questions[1:])) != version


def test_result_code_lists_answers_in_the_bank_order():
    correct = {q.id: index % 2 == 0 for index, q in enumerate(BANK.questions)}
    code = result_code(BANK, "pre", "0a1b2c3d", correct, "AB")
    prefix, bank, version, phase, attempt, bits, initials = code.split("|")
    assert (prefix, bank, version, phase, attempt, initials) == (
        "SQR1",
        "media-sosial",
        bank_version(BANK),
        "pre",
        "0a1b2c3d",
        "AB",
    )
    assert bits == "10" * (len(BANK.questions) // 2)
