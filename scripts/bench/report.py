"""One table of target vs measured, for the terminal and for BENCHMARKS.md."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

PASS, MISS, PENDING, INFO = "PASS", "MISS", "PENDING", "INFO"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


@dataclass(frozen=True)
class Row:
    check: str
    subject: str
    target: str
    measured: str
    result: str

    def to_json(self) -> dict:
        return asdict(self)


def kb(value: float) -> str:
    """Bytes as kilobytes (1 KB = 1,000 B, as Lighthouse and browsers' devtools print)."""
    return f"{value / 1000:.1f} KB"


def verdict(ok: bool) -> str:
    return PASS if ok else MISS


COLUMNS = ("check", "subject", "target", "measured", "result")


def text_table(rows: list[Row]) -> str:
    cells = [COLUMNS, *[tuple(getattr(row, c) for c in COLUMNS) for row in rows]]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    lines = []
    for n, line in enumerate(cells):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(esc(getattr(row, c)) for c in COLUMNS) + " |" for row in rows]
    return "\n".join(lines)


def docs_section(result: dict) -> str:
    machine = result["machine"]
    packages = ", ".join(f"{k} {v}" for k, v in machine["packages"].items() if v)
    rows = [Row(**row) for row in result["rows"]]
    notes = "".join(f"- {note}\n" for note in result.get("notes", []))
    return (
        f"{BEGIN}\n"
        f"<!-- Written by `make bench` from bench-results/latest.json; edits here are lost. -->\n\n"
        f"Latest run: {result['finished']} ({result['mode']} mode, "
        f"{result['duration_s'] / 60:.1f} min), commit `{machine.get('commit')}`.\n\n"
        f"Command: `{result['command']}`\n\n"
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gib']} GiB RAM, "
        f"{machine['os']}; load average {machine['load_average_at_start']} at the start and "
        f"{result.get('load_average_at_end')} at the end. Python {machine['python']}, "
        f"{machine.get('chromium')}, Node {machine.get('node')}, "
        f"Lighthouse {result.get('lighthouse', {}).get('version')}, "
        f"server: {result.get('weight', {}).get('server')}. {packages}.\n\n"
        f"{markdown_table(rows)}\n\n"
        f"{notes}"
        f"{END}"
    )


def update_docs(path: Path, result: dict) -> None:
    """Replace the generated section of `path` (between the markers), keep the rest."""
    text = (
        path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    )
    section = docs_section(result)
    if BEGIN in text and END in text:
        text = re.sub(
            re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: section, text, flags=re.S
        )
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")
