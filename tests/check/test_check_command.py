"""`sosialisasi check`: no build, every finding, exit codes and output formats."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sosialisasi.check.report import format_github
from sosialisasi.check.runner import CheckResult, run_checks
from sosialisasi.cli import main
from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.project import Project
from tests.helpers import REPO

BROKEN = REPO / "tests" / "fixtures" / "sites" / "quiz-errors"
CLEAN = REPO / "tests" / "fixtures" / "sites" / "quiz"


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sosialisasi.cli", "check", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_a_clean_site_passes():
    result = run("--config", str(CLEAN / "mkdocs.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No problems found (quiz-banks, region, frontmatter," in result.stdout


def test_errors_fail_with_file_line_code_and_fix():
    result = run("--config", str(BROKEN / "mkdocs.yml"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "5 errors, 3 warnings."
    assert (
        "tests/fixtures/sites/quiz-errors/docs/q120-bank-tak-ada.md:3: error Q120 [quiz]: "
        "the page names the quiz bank 'tidak-ada'" in result.stdout
    )
    assert all(" Fix: " in line for line in lines[:-1])
    assert "Traceback" not in result.stdout + result.stderr


def test_bank_errors_are_found_without_a_build(tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(CLEAN, site)
    bank = REPO / "tests/quiz/fixtures/banks/errors/q108-single-two-correct.md"
    shutil.copy(bank, site / "quizzes")
    result = run("--config", "mkdocs.yml", cwd=site)
    assert result.returncode == 1
    assert "quizzes/q108-single-two-correct.md:8: error Q108 [q1]" in result.stdout
    assert "warning Q122" in result.stdout  # the stray bank is also unused
    assert not (site / "site").exists(), "check must not build"


def test_strict_fails_on_warnings_only(tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(CLEAN, site)
    (site / "docs/uji/jahat.id.md").unlink()
    (site / "docs/uji/jahat.en.md").unlink()
    config = site / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - uji/jahat.md\n", ""))  # else L106
    assert run("--config", "mkdocs.yml", cwd=site).returncode == 0
    strict = run("--config", "mkdocs.yml", "--strict", cwd=site)
    assert strict.returncode == 1 and "warning Q122" in strict.stdout


def test_json_format_is_machine_readable():
    result = run("--config", str(BROKEN / "mkdocs.yml"), "--format", "json")
    data = json.loads(result.stdout)
    assert (data["errors"], data["warnings"]) == (5, 3)
    first = data["findings"][0]
    assert set(first) == {"code", "severity", "file", "line", "subject", "message", "hint"}
    assert {f["code"] for f in data["findings"]} >= {"Q120", "Q121", "Q122", "Q125"}


def test_github_format_annotates_files():
    result = run("--config", str(BROKEN / "mkdocs.yml"), "--format", "github")
    assert (
        "::error file=tests/fixtures/sites/quiz-errors/docs/q120-bank-tak-ada.md,line=3,"
        "title=Q120::[quiz] the page names" in result.stdout
    )
    assert result.stdout.count("::warning ") == 3


def test_github_format_escapes_newlines_and_commas():
    result = CheckResult(
        diagnostics=[Diagnostic("Q1", Severity.ERROR, "a\nb 100%", file=Path("a,b.md"), line=2)]
    )
    assert format_github(result) == "::error file=a%2Cb.md,line=2,title=Q1::a%0Ab 100%25"


def test_missing_config_is_one_line_not_a_traceback(tmp_path: Path):
    result = run("--config", str(tmp_path / "mkdocs.yml"))
    assert result.returncode == 2
    assert result.stderr.startswith("sosialisasi: error: ")
    assert "Traceback" not in result.stderr


def test_a_crashing_rule_is_reported_and_others_still_run():
    class Broken:
        NAME = "broken"

        @staticmethod
        def check(project):
            raise RuntimeError("boom")

    class Fine:
        NAME = "fine"

        @staticmethod
        def check(project):
            return [Diagnostic("Z1", Severity.WARNING, "seen")]

    result = run_checks(Project.load(CLEAN / "mkdocs.yml"), [Broken, Fine])
    assert [d.code for d in result.diagnostics] == ["X000", "Z1"]
    assert "RuntimeError: boom" in result.diagnostics[0].message
    assert result.failed()


def test_check_is_listed_in_the_help(capsys: pytest.CaptureFixture[str]):
    assert main([]) == 0
    assert "check" in capsys.readouterr().out


FIVE_PROBLEMS = """\
---
id: lima-masalah
title: {id: "Lima masalah", en: "Five problems"}
questions:
  - id: satu
    type: single
    text: "One text for both languages"
    options:
      - id: a
        text: {id: "Ya", en: "Yes"}
        correct: yes
    explanation: {id: "Karena.", en: "Because."}
    basis: "Perda 9/2099 Pasal 1"
    reread: materi/tidak-ada.md#bagian
  - id: dua
    type: true-false
    text: {id: "Pernyataan.", en: "A statement."}
    options:
      - id: true
        correct: true
      - id: "false"
        correct: false
    explanation: {id: "Karena.", en: "Because."}
    basis: "PP 94/2021 Pasal 5 huruf n"
---
"""


def test_every_problem_of_a_bank_is_reported_in_one_run(tmp_path: Path):
    """No fix-and-rerun rounds: the bank's own errors and the cross-file ones together."""
    site = tmp_path / "site"
    shutil.copytree(CLEAN, site)
    (site / "quizzes" / "lima-masalah.md").write_text(FIVE_PROBLEMS, encoding="utf-8")
    result = run("--config", "mkdocs.yml", "--format", "json", cwd=site)
    assert result.returncode == 1, result.stdout + result.stderr
    findings = [f for f in json.loads(result.stdout)["findings"] if "lima-masalah" in f["file"]]
    found = {(f["code"], f["line"], f["subject"]) for f in findings}
    assert found == {
        ("Q111", 7, "satu"),  # one text where one per language is needed
        ("Q113", 8, "satu"),  # a single question with one option
        ("Q111", 11, "satu/a"),  # correct: yes (a YAML 1.1 boolean)
        ("Q126", 13, "satu"),  # basis source not on the References page
        ("Q125", 14, "satu"),  # reread to a page that does not exist
        ("Q111", 19, "dua/true"),  # unquoted true as an option id
        ("Q122", 1, None),  # no page shows the bank
    }, result.stdout
