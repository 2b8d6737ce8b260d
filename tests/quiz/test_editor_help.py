"""Editor help is on by default: the schema line in every bank, VS Code settings shipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sosialisasi.quiz.schema import SCHEMA_PATH
from tests.helpers import REPO

MODELINE = "# yaml-language-server: $schema="
BANKS = sorted(REPO.glob("quizzes/*.md")) + sorted(REPO.glob("regions/*/quizzes/*.md"))
BANKS += sorted((REPO / "src/sosialisasi/region/scaffold").glob("**/quizzes/*.md"))


@pytest.mark.parametrize("bank", BANKS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_bank_carries_the_schema_line(bank: Path):
    lines = bank.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "---" and lines[1].startswith(MODELINE), "line 2 must be the schema line"
    target = lines[1].removeprefix(MODELINE).strip()
    if "scaffold" in bank.parts:
        return  # a new region lands in regions/<slug>/quizzes/: checked there
    assert (bank.parent / target).resolve() == SCHEMA_PATH.resolve()


def test_shipped_banks_exist():
    assert len(BANKS) >= 6


def test_vscode_settings_open_banks_as_yaml_and_recommend_the_extension():
    settings = json.loads((REPO / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert settings["files.associations"]["**/quizzes/*.md"] == "yaml"
    assert "yaml.schemas" not in settings, "it would check the author's note too (see guide)"
    extensions = json.loads((REPO / ".vscode/extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
    snippets = json.loads((REPO / ".vscode/sosialisasi.code-snippets").read_text("utf-8"))
    assert all(snippet["scope"] == "yaml" for snippet in snippets.values())
