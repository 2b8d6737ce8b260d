"""ajv (npm, strict mode) accepts the quiz-bank schema and every bank, and rejects a bad one.

Independent of the kit: banks are read by the YAML 1.2 parser `yaml`, as editors read
them, and checked by ajv with every strict option on (unknown keywords, types, required).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from sosialisasi.quiz.schema import SCHEMA_PATH
from tests.helpers import REPO
from tests.validators.conftest import TOOLS, require

SCRIPT = TOOLS / "ajv-banks.mjs"


def ajv(*banks: Path) -> subprocess.CompletedProcess[str]:
    require(TOOLS / "node_modules" / "ajv")
    command = [require("node"), str(SCRIPT), str(SCHEMA_PATH), *map(str, banks)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def every_bank() -> list[Path]:
    banks = sorted(REPO.glob("quizzes/*.md")) + sorted(REPO.glob("regions/*/quizzes/*.md"))
    banks += sorted((REPO / "src/sosialisasi/region/scaffold").glob("**/quizzes/*.md"))
    banks += sorted(REPO.glob("tests/quiz/fixtures/banks/valid/*.md"))
    return banks


def test_the_schema_and_every_bank_pass_ajv_strict():
    banks = every_bank()
    assert len(banks) >= 7
    result = ajv(*banks)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == f"ajv strict: {len(banks)} bank(s), 0 problem(s)"


def test_ajv_rejects_what_editors_reject(tmp_path: Path):
    text = (REPO / "tests/quiz/fixtures/banks/valid/lengkap.md").read_text(encoding="utf-8")
    text = text.replace('- id: "true"', "- id: true").replace("correct: true", "correct: yes", 1)
    bank = tmp_path / "lengkap.md"
    bank.write_text(text, encoding="utf-8")
    result = ajv(bank)
    assert result.returncode == 1
    assert "/questions/2/options/1/id must be string" in result.stdout
    assert "correct must be boolean" in result.stdout
