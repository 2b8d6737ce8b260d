"""Fixtures of the quiz core tests: bank files whose body says what must be found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import REPO

FIXTURES = REPO / "tests" / "quiz" / "fixtures" / "banks"
ERROR_BANKS = sorted((FIXTURES / "errors").glob("*.md"))
VALID_BANKS = sorted((FIXTURES / "valid").glob("*.md"))
LOCALES = ("id", "en")

EXPECT = re.compile(r"^expect: (Q\d{3}) line (\d+)(?: subject (.+))?$", re.MULTILINE)


@dataclass(frozen=True)
class Expected:
    code: str
    line: int
    subject: str


def expectations(path: Path) -> list[Expected]:
    """The `expect:` lines of a fixture's (never published) Markdown body."""
    return [
        Expected(code, int(line), subject or "")
        for code, line, subject in EXPECT.findall(path.read_text(encoding="utf-8"))
    ]
