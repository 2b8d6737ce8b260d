"""Severities per code from extra.sosialisasi_check, inherited by regions; fake dates."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sosialisasi.check.runner import run_checks
from sosialisasi.check.settings import load_settings, today
from sosialisasi.diagnostics import Severity
from sosialisasi.project import Project
from tests.check._cases import TODAY, clean_copy


def settings_block(text: str) -> str:
    return f"extra:\n  sosialisasi_check:\n{text}nav:\n"


def configure(config: Path, block: str) -> None:
    config.write_text(config.read_text().replace("nav:\n", settings_block(block), 1))


def check(config: Path, *args: str, today: str = TODAY) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sosialisasi.cli", "check", "-f", str(config), *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SOSIALISASI_TODAY": today},
    )


def test_a_stale_page_warns_by_default_and_can_be_made_an_error(tmp_path: Path):
    config = clean_copy(tmp_path / "site")
    late = "2027-06-01"
    warned = check(config, today=late)
    assert warned.returncode == 0 and "warning D101" in warned.stdout
    assert check(config, "--strict", today=late).returncode == 1
    configure(config, "    severity: {D101: error}\n")
    failed = check(config, today=late)
    assert failed.returncode == 1 and "error D101" in failed.stdout


def test_ignore_drops_a_code_and_review_soon_days_widens_the_window(tmp_path: Path):
    config = clean_copy(tmp_path / "site")
    assert "D102" not in check(config, today="2027-03-01").stdout  # 61 days before
    configure(config, "    severity: {D102: warning}\n    review_soon_days: 90\n")
    result = check(config, "--format", "json", today="2027-03-01")
    data = json.loads(result.stdout)
    assert {f["code"] for f in data["findings"]} == {"D102"}
    assert {f["severity"] for f in data["findings"]} == {"warning"}
    configure(config, "    severity: {D102: ignore}\n    review_soon_days: 90\n")
    assert "D102" not in check(config, today="2027-03-01").stdout


def test_a_region_inherits_the_settings_and_can_override_one_code(tmp_path: Path):
    config = clean_copy(tmp_path / "site")
    configure(config, "    severity: {D101: error, T101: warning}\n")
    region = tmp_path / "site" / "regions" / "uji"
    (region / "content").mkdir(parents=True)
    (region / "mkdocs.yml").write_text(
        "INHERIT: ../../mkdocs.yml\ndocs_dir: content\n"
        "extra:\n  sosialisasi_check:\n    severity: {D101: info}\n"
    )
    settings = load_settings(Project.load(region / "mkdocs.yml"))
    assert settings.severity == {"D101": Severity.INFO, "T101": Severity.WARNING}


def test_settings_problems_do_not_stop_the_other_checks(tmp_path: Path):
    config = clean_copy(tmp_path / "site")
    configure(config, "    severity: [D101]\n")
    result = run_checks(Project.load(config))
    assert [d.code for d in result.diagnostics] == ["C103"]


def test_today_can_be_faked_and_a_bad_fake_is_a_clear_error(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SOSIALISASI_TODAY", "2030-01-01")
    assert today() == dt.date(2030, 1, 1)
    monkeypatch.setenv("SOSIALISASI_TODAY", "1/1/2030")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        today()
    monkeypatch.delenv("SOSIALISASI_TODAY")
    assert today() == dt.date.today()
