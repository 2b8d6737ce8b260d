"""`make test` under CI=true: a skip fails the run; elsewhere it stays a skip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

SAMPLE = """
import pytest

def test_needs_a_tool():
    pytest.skip("sometool is not installed")

@pytest.mark.xfail(reason="known")
def test_known_bug():
    assert False

def test_fine():
    pass
"""


def run(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    test = tmp_path / "test_sample.py"
    test.write_text(SAMPLE)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "tests.ci_no_skip",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    return subprocess.run(
        [*command, "--rootdir", str(tmp_path), str(test)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_skip_fails_under_ci(tmp_path: Path):
    result = run(tmp_path, "true")
    assert result.returncode == 1, result.stdout
    assert "1 failed, 1 passed, 1 xfailed" in result.stdout
    assert "skipped under CI=true" in result.stdout and "sometool is not installed" in result.stdout


def test_a_skip_stays_a_skip_outside_ci(tmp_path: Path):
    for ci in (None, "false"):
        result = run(tmp_path, ci)
        assert result.returncode == 0, result.stdout
        assert "1 passed, 1 skipped, 1 xfailed" in result.stdout
