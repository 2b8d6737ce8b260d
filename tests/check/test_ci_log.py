"""Author text in findings cannot forge CI workflow commands: a key, an id or a file name
holding a line break plus '::error …' or '::stop-commands::' stays on its finding's line,
in the text report, the GitHub report and the build log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.check._cases import clean_copy
from tests.helpers import mkdocs_build

FORGED = "::error file=README.md,line=1::forged"


def forge(tmp_path: Path) -> Path:
    config = clean_copy(tmp_path / "site")
    bank = tmp_path / "site" / "quizzes" / "contoh.md"
    text = bank.read_text(encoding="utf-8")
    text = text.replace(
        "  - id: rapat\n", f'  - id: "rapat\\n{FORGED}"\n    "x\\n::stop-commands::t": 1\n'
    )
    bank.write_text(text, encoding="utf-8")
    page = tmp_path / "site" / "docs" / "index.en.md"
    page.write_text(
        page.read_text().replace("Read [the", f"Welcome\n{{ onclick=x\\n{FORGED} }}\n\nRead [the")
    )
    return config


def check(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sosialisasi.cli", "check", "--config", str(config), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("form", ["text", "github"])
def test_no_forged_command_reaches_a_line_start(tmp_path: Path, form: str):
    result = check(forge(tmp_path), "--format", form)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert any("forged" in line for line in lines), result.stdout
    for line in lines:
        if form == "text":
            assert not line.startswith("::"), line
        else:
            assert line.startswith(("::error file=", "::warning file=", "::notice file=")), line
            assert "::stop-commands::" not in line.split("::", 2)[1]


@pytest.mark.slow
def test_the_build_log_keeps_each_finding_on_its_line(tmp_path: Path):
    result = mkdocs_build(
        forge(tmp_path), tmp_path / "out", env={"SOSIALISASI_TODAY": "2026-12-01"}
    )
    assert result.returncode != 0
    assert "forged" in result.stderr
    assert not [line for line in result.stderr.splitlines() if line.lstrip().startswith("::")]
