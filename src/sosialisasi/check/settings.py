"""Per-site settings of the checks, read from ``extra.sosialisasi_check`` in mkdocs.yml.

``extra`` is merged key by key through ``INHERIT``, so a region inherits the national
settings and can change one code without copying the rest::

    extra:
      sosialisasi_check:
        severity: {D101: error, T101: warning, F107: ignore}
        review_soon_days: 30

The build plugin and ``sosialisasi check`` read the same settings, so a finding has
the same severity in both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sosialisasi.check.codes import CODES, IGNORE, LEVELS
from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.inputs import InputError, read_author_text
from sosialisasi.project import Project, inherit_chain

SECTION = "sosialisasi_check"
TODAY_VARIABLE = "SOSIALISASI_TODAY"
DEFAULT_SOON_DAYS = 30


@dataclass(frozen=True)
class CheckSettings:
    severity: dict[str, Severity | None] = field(default_factory=dict)  # None: ignore
    review_soon_days: int = DEFAULT_SOON_DAYS
    diagnostics: tuple[Diagnostic, ...] = ()

    def apply(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        """The findings with the configured severities; ignored codes dropped."""
        result = []
        for diagnostic in diagnostics:
            if diagnostic.code not in self.severity:
                result.append(diagnostic)
                continue
            level = self.severity[diagnostic.code]
            if level is not None:
                result.append(dataclasses.replace(diagnostic, severity=level))
        return result


def known_code(code: str) -> bool:
    """A code of the kit's registry (every family)."""
    return code in CODES


def load_settings(project: Project) -> CheckSettings:
    extra = project.config.get("extra")
    raw = extra.get(SECTION) if isinstance(extra, dict) else None
    if raw is None:
        return CheckSettings()
    config_files = inherit_chain(project.config_path)
    found: list[Diagnostic] = []

    def problem(code: str, message: str, hint: str, needle: str = SECTION) -> None:
        file, line = _where(config_files, needle)
        found.append(Diagnostic(code, CODES[code].severity, message, file, line, hint, needle))

    if not isinstance(raw, dict):
        problem("C103", f"'{SECTION}' must be a mapping.", _EXAMPLE)
        return CheckSettings(diagnostics=tuple(found))
    for key in raw:
        if key not in ("severity", "review_soon_days"):
            problem("C103", f"unknown setting '{key}'.", _EXAMPLE, str(key))
    severity: dict[str, Severity | None] = {}
    levels = raw.get("severity") or {}
    if not isinstance(levels, dict):
        problem("C103", "'severity' must map codes to levels.", _EXAMPLE, "severity")
        levels = {}
    for code, level in levels.items():
        code = str(code)
        if not known_code(code):
            problem("C101", f"'{code}' is not a finding code.", _CODES_HINT, code)
            continue
        name = str(level).lower() if isinstance(level, str) else ""
        if name != IGNORE and name not in LEVELS:
            problem("C102", f"'{level}' is not a severity (for {code}).", _LEVELS_HINT, f"{code}:")
            continue
        severity[code] = None if name == IGNORE else LEVELS[name]
    soon = raw.get("review_soon_days", DEFAULT_SOON_DAYS)
    if isinstance(soon, bool) or not isinstance(soon, int) or soon < 0:
        problem("C103", "'review_soon_days' must be a whole number of days, e.g. 30.", _EXAMPLE)
        soon = DEFAULT_SOON_DAYS
    return CheckSettings(severity=severity, review_soon_days=soon, diagnostics=tuple(found))


_EXAMPLE = (
    "Write it as: extra: {sosialisasi_check: {severity: {D101: error}, review_soon_days: 30}}."
)
_CODES_HINT = "Use a code from the table in the authors' guide (Memeriksa konten), e.g. D101."
_LEVELS_HINT = "Use error, warning, info or ignore."


def _where(files: list[Path], needle: str) -> tuple[Path | None, int | None]:
    """The first config file (child first) and line that mention `needle`."""
    for path in files:
        try:
            lines = read_author_text(path, root=path.parent).splitlines()
        except InputError:
            continue
        for number, line in enumerate(lines, start=1):
            if needle in line:
                return path, number
    return (files[0] if files else None), None


def today() -> dt.date:
    """The date checks and the build compare review dates with.

    ``SOSIALISASI_TODAY=2030-01-01`` pretends another day, so tests and authors can
    see what readers will see once a page is due.
    """
    value = os.environ.get(TODAY_VARIABLE, "").strip()
    if not value:
        return dt.date.today()
    parsed = as_date(value)
    if parsed is None:
        raise ValueError(f"{TODAY_VARIABLE}={value!r} is not a date; write it as YYYY-MM-DD.")
    return parsed


def as_date(value: Any) -> dt.date | None:
    """A frontmatter date: YAML's date, or an ISO string ('2026-11-23')."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
