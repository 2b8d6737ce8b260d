"""`sosialisasi export` as a trainer runs it: files, languages, exit codes, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sosialisasi.cli import main
from tests.export.moodle_reader import read_aiken, read_gift
from tests.export.test_gift import bank_at
from tests.helpers import REPO

FIXTURE = REPO / "tests/fixtures/sites/export/mkdocs.yml"
SITE = REPO / "mkdocs.yml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command in a subprocess, exactly as a user types it."""
    command = [sys.executable, "-m", "sosialisasi.cli", "export", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_bank_of_the_site_as_gift(tmp_path: Path, lang: str):
    out = tmp_path / f"kuis-{lang}.gift.txt"
    result = run("--format", "gift", "--lang", lang, "--output", str(out))
    assert result.returncode == 0, result.stderr
    questions = read_gift(out.read_text(encoding="utf-8"))
    banks = sorted((REPO / "quizzes").glob("*.md"))
    assert len({tuple(q.category) for q in questions}) == len(banks)
    assert len(questions) == sum(len(bank_at(path).questions) for path in banks)
    site_name = "Netralitas ASN" if lang == "id" else "ASN Neutrality"
    assert all(q.category[:3] == ["$course$", "top", site_name] for q in questions)


def test_one_bank_to_standard_output(capsys):
    assert main(["export", "--format", "gift", "--lang", "en", "--bank", "sanksi"]) == 0
    out = capsys.readouterr().out
    questions = read_gift(out)
    assert questions and all(q.text.format == "markdown" for q in questions)
    assert out.startswith("// ASN Neutrality: ")


def test_aiken_warns_about_every_question_it_leaves_out(tmp_path: Path):
    out = tmp_path / "khusus.txt"
    result = run("-f", str(FIXTURE), "--format", "aiken", "--lang", "id", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "3 question(s) left out of the Aiken file" in result.stderr
    for question in ("khusus/ganda", "khusus/a-di-awal", "khusus/benar-saja"):
        assert question in result.stderr
    questions, errors = read_aiken(out.read_text(encoding="utf-8"))
    assert len(questions) == 2 and errors == []


def test_the_default_language_is_the_sites(capsys):
    assert main(["export", "-f", str(FIXTURE), "--format", "gift", "--bank", "khusus"]) == 0
    assert "Situs Ekspor Uji" in capsys.readouterr().out


def test_an_unknown_bank_is_a_clear_error_with_a_suggestion():
    result = run("--format", "gift", "--bank", "media-sosal")
    assert result.returncode == 2
    assert result.stderr.startswith("sosialisasi: error: no quiz bank 'media-sosal'.")
    assert "Did you mean 'media-sosial'?" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_unknown_language_lists_the_sites_languages():
    result = run("--format", "gift", "--lang", "fr")
    assert result.returncode == 2
    assert "no language 'fr'" in result.stderr and "id, en" in result.stderr


ONLY_MULTIPLE = """---
id: ganda
title: {id: Ganda, en: Multiple}
questions:
  - id: dua-benar
    type: multiple
    text: {id: Pilih dua., en: Choose two.}
    options:
      - {id: a, text: {id: A, en: A}, correct: true}
      - {id: b, text: {id: B, en: B}, correct: true}
    explanation: {id: Keduanya., en: Both.}
    basis: SKB 2022
---
"""


def site_with(tmp_path: Path, bank: str) -> Path:
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "quizzes").mkdir()
    (site / "mkdocs.yml").write_text("site_name: S\ndocs_dir: docs\n", encoding="utf-8")
    (site / "quizzes/ganda.md").write_text(bank, encoding="utf-8")
    return site / "mkdocs.yml"


def test_a_bank_with_errors_exports_nothing(tmp_path: Path):
    out = tmp_path / "kuis.txt"
    out.write_text("earlier export\n", encoding="utf-8")
    config = site_with(tmp_path, ONLY_MULTIPLE.replace("correct: true", "correct: false"))
    result = run("-f", str(config), "--format", "gift", "-o", str(out))
    assert result.returncode == 1
    assert "quizzes/ganda.md:" in result.stderr and "error Q109 [dua-benar]" in result.stderr
    assert "nothing exported" in result.stderr and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier export\n", "the old file was touched"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kuis.txt", "site"], "a temp file left"


def test_aiken_with_nothing_exportable_fails_and_writes_nothing(tmp_path: Path):
    out = tmp_path / "ganda.txt"
    result = run("-f", str(site_with(tmp_path, ONLY_MULTIPLE)), "--format", "aiken", "-o", str(out))
    assert result.returncode == 1, result.stderr
    assert "ganda/dua-benar: a multiple-answer question" in result.stderr
    assert "no question can be written as Aiken; nothing written" in result.stderr
    assert not out.exists()


def test_missing_config_and_region_are_clear_errors():
    result = run("-f", "nope.yml", "--format", "gift")
    assert result.returncode == 2 and "nope.yml: no such file" in result.stderr
    result = run("--region", "atlantis", "--format", "gift")
    assert result.returncode == 2 and "no such region" in result.stderr


def test_a_region_exports_its_banks():
    result = run("--region", "bali", "--format", "gift", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert read_gift(result.stdout)
