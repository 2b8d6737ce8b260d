"""Fixture sites for the check rules: the clean site, and one broken copy per finding code."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.helpers import REPO

CLEAN = REPO / "tests" / "fixtures" / "sites" / "check"
CASES_DIR = Path(__file__).resolve().parent / "cases"
CASES = sorted(path.name for path in CASES_DIR.iterdir() if (path / "case.yml").is_file())
TODAY = "2026-12-01"  # the clean site's pages are due 2027-05-01: neither past nor near


def case_spec(name: str) -> dict[str, Any]:
    return yaml.safe_load((CASES_DIR / name / "case.yml").read_text(encoding="utf-8"))


def clean_copy(target: Path) -> Path:
    """A copy of the clean site whose theme overrides still resolve; returns its mkdocs.yml."""
    shutil.copytree(CLEAN, target)
    config = target / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("../../../../overrides", str(REPO / "overrides")), "utf-8")
    return config


def broken_copy(name: str, target: Path) -> tuple[Path, dict[str, Any]]:
    """The clean site with case ``name`` applied: (its mkdocs.yml, the case)."""
    spec = case_spec(name)
    config = clean_copy(target)
    for relative in spec.get("delete", []):
        (target / relative).unlink()
    for edit in spec.get("edit", []):
        path = target / edit["file"]
        text = path.read_text(encoding="utf-8")
        assert text.count(edit["old"]) == 1, f"{name}: {edit['old']!r} not once in {path.name}"
        path.write_text(text.replace(edit["old"], edit["new"]), encoding="utf-8")
    for write in spec.get("write", []):  # a new file, e.g. a static file of a refused type
        path = target / write["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(write["text"], encoding="utf-8")
    for link in spec.get("symlink", []):
        (target / link["file"]).symlink_to(link["target"])
    return config, spec
