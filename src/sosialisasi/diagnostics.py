"""Findings about content, shared by the build, `sosialisasi check` and the tests.

Every finding carries a stable code (e.g. ``Q102``), a severity, the file and
line it is about, what is wrong and how to fix it, so an author in a regional
office can act on it without reading a traceback.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    file: Path | None = None
    line: int | None = None
    hint: str = ""
    subject: str = ""  # the question id, region field or link the finding is about
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def location(self, root: Path | None = None) -> str:
        if self.file is None:
            return ""
        path = self.file
        if root is not None:  # a linked file is named by its own path, never its target's
            own = Path(os.path.abspath(self.file))
            real = Path(os.path.realpath(own.parent)) / own.name
            for mine, base in ((own, Path(os.path.abspath(root))), (real, root.resolve())):
                if mine.is_relative_to(base):
                    path = mine.relative_to(base)
                    break
        return f"{path}:{self.line}" if self.line else str(path)

    def format(self, root: Path | None = None) -> str:
        """One line an author can act on: where, code, what, about what, how to fix.

        Always one line: author text (a key, an id, a file name) holding a line break is
        shown escaped, so it cannot start a line a CI runner reads as a command
        (GitHub's ``::error …`` / ``::stop-commands::``).
        """
        where = self.location(root)
        about = f" [{self.subject}]" if self.subject else ""
        prefix = f"{where}: " if where else ""
        text = f"{prefix}{self.severity.value} {self.code}{about}: {self.message}"
        return one_line(f"{text} Fix: {self.hint}" if self.hint else text)


_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with every control character and line break escaped (``\\n``, ``\\x1b``)."""
    return _LINE_BREAKING.sub(lambda match: repr(match.group())[1:-1], text)


class ContentError(Exception):
    """Raised by loaders when a file cannot be used at all; carries its diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.format() for d in diagnostics))
