"""Findings as text for people, GitHub workflow commands for CI annotations, or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sosialisasi.check.runner import CheckResult
from sosialisasi.diagnostics import Diagnostic, Severity


def format_text(result: CheckResult, root: Path | None = None) -> str:
    lines = [d.format(root) for d in result.diagnostics]
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    notes = result.count(Severity.INFO)
    if not result.diagnostics:
        lines.append(f"No problems found ({', '.join(result.rules)}).")
    else:
        summary = f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
        lines.append(summary + (f", {_plural(notes, 'note')}." if notes else "."))
    return "\n".join(lines)


def format_github(result: CheckResult, root: Path | None = None) -> str:
    """GitHub Actions workflow commands: each finding annotates its file and line."""
    lines = []
    for d in result.diagnostics:
        level = {"error": "error", "warning": "warning"}.get(d.severity.value, "notice")
        props = [f"title={_escape_property(d.code)}"]
        if d.file is not None:
            path = d.location(root).rsplit(":", 1)[0] if d.line else d.location(root)
            props.insert(0, f"file={_escape_property(path)}")
            if d.line:
                props.insert(1, f"line={d.line}")
        about = f"[{d.subject}] " if d.subject else ""
        text = f"{about}{d.message}" + (f" Fix: {d.hint}" if d.hint else "")
        lines.append(f"::{level} {','.join(props)}::{_escape_data(text)}")
    return "\n".join(lines)


def format_json(result: CheckResult, root: Path | None = None) -> str:
    return json.dumps(
        {
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "notes": result.count(Severity.INFO),
            "rules": result.rules,
            "findings": [_as_dict(d, root) for d in result.diagnostics],
        },
        ensure_ascii=False,
        indent=2,
    )


def _as_dict(d: Diagnostic, root: Path | None) -> dict:
    location = d.location(root)
    return {
        "code": d.code,
        "severity": d.severity.value,
        "file": location.rsplit(":", 1)[0] if d.line else (location or None),
        "line": d.line,
        "subject": d.subject or None,
        "message": d.message,
        "hint": d.hint or None,
    }


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


FORMATS: dict[str, Callable[[CheckResult, Path | None], str]] = {
    "text": format_text,
    "github": format_github,
    "json": format_json,
}
