"""Every finding code of the page rules, one broken fixture each, with file, line and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.check.codes import CODES
from sosialisasi.check.runner import run_checks
from sosialisasi.project import Project
from tests.check._cases import CASES, CLEAN, TODAY, broken_copy


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOSIALISASI_TODAY", TODAY)


def test_the_clean_fixture_has_no_finding():
    assert run_checks(Project.load(CLEAN / "mkdocs.yml")).diagnostics == []


def test_every_code_has_a_case_and_every_case_a_code():
    page_rules = {name for name, code in CODES.items() if code.family in "CFDTLBHS"}
    assert set(CASES) == page_rules


@pytest.mark.parametrize("name", CASES)
def test_each_code_is_found_where_the_author_must_edit(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    config, spec = broken_copy(name, tmp_path / "site")
    if "today" in spec:
        monkeypatch.setenv("SOSIALISASI_TODAY", str(spec["today"]))
    expect = spec["expect"]
    found = run_checks(Project.load(config)).diagnostics
    assert "X000" not in {d.code for d in found}, [d.format() for d in found]
    matching = [
        d
        for d in found
        if d.code == expect["code"]
        and d.file is not None
        and d.file.resolve() == (tmp_path / "site" / expect["file"]).resolve()
        and ("line" not in expect or d.line == expect["line"])
    ]
    assert matching, f"{spec['about']}: expected {expect}, got:\n" + "\n".join(
        d.format(tmp_path) for d in found
    )
    finding = matching[0]
    assert finding.severity is CODES[name].severity
    assert finding.message and finding.hint
    if "message" in expect:
        assert expect["message"] in finding.message + finding.hint
