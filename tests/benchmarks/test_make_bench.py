"""`make bench` end to end on a tiny configuration, so the benchmark cannot rot.

Nothing here asserts a speed or a size: those belong to the benchmark's own table.
Lighthouse (an npm install) and nginx (an apt install) are left to `make bench`; the
page weight runs in Chromium against the Python gzip stand-in.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench.report import BEGIN, END, Row, update_docs
from tests.helpers import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def run_bench(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "scripts"), "NO_MKDOCS_2_WARNING": "1"}
    for name in [n for n in env if n.startswith("BENCH_")]:
        del env[name]
    return subprocess.run(
        [sys.executable, "-m", "bench", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=600,
    )


def test_bench_runs_builds_and_page_weight_and_writes_json_table_and_docs(tmp_path: Path):
    docs = tmp_path / "BENCHMARKS.md"
    shutil.copy(REPO / "BENCHMARKS.md", docs)
    out = tmp_path / "latest.json"
    result = run_bench(
        tmp_path,
        "--pages",
        "10",
        "--runs",
        "1",
        "--skip",
        "lighthouse",
        "--server",
        "python",
        "--out",
        str(out),
        "--docs",
        str(docs),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(out.read_text("utf-8"))

    build = data["builds"]["10"]
    assert build["quiz_banks"] == 2
    for config in ("plain", "full"):
        (run,) = build[config]["runs"]
        assert run["wall_s"] > 0 and run["peak_rss_mb"] > 0
        # 10 pages + home + references, both languages
        assert run["html_files"] >= 24
    # the cost of each part of the kit, from builds of (b) without it
    parts = build["parts"]
    assert {"sosialisasi/quiz", "sosialisasi/i18n", "overrides"} <= set(parts)
    for cost in parts.values():
        assert cost["without"]["runs"] and cost["without"]["html_files"] >= 24
    assert build["ratio"] == pytest.approx(
        build["full"]["median_s"] / build["plain"]["median_s"], abs=0.001
    )

    weighed = data["weight"]["pages"]
    assert [p["label"] for p in weighed][:2] == ["home (id)", "home (en)"]
    for page in weighed:
        assert page["by_type"]["html"] > 0 and page["total_bytes"] > 0
        assert page["uncompressed_text_responses"] == []
    assert len(data["weight"]["plain_material"]) == len(weighed)
    assert "lighthouse" not in data or data["lighthouse"] == {}

    machine = data["machine"]
    assert machine["cores"] and machine["python"] and machine["packages"]["mkdocs-material"]
    checks = {(row["check"], row["result"]) for row in data["rows"]}
    assert ("build time", "PASS") in checks or ("build time", "MISS") in checks
    assert {row["result"] for row in data["rows"]} <= {"PASS", "MISS", "PENDING", "INFO"}

    # one table on stdout, the same rows in the docs section
    assert result.stdout.splitlines()[0].split() == [
        "check",
        "subject",
        "target",
        "measured",
        "result",
    ]
    text = docs.read_text("utf-8")
    assert text.startswith("# Benchmarks") and "## What is measured, and how" in text
    section = text[text.index(BEGIN) : text.index(END)]
    assert "| check | subject | target | measured | result |" in section
    assert data["machine"]["cpu"] in section and "--pages 10" in section


def test_quick_mode_never_touches_the_docs(tmp_path: Path):
    result = run_bench(
        tmp_path,
        "--quick",
        "--skip",
        "builds,region,weight,lighthouse",
        "--out",
        str(tmp_path / "q.json"),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads((tmp_path / "q.json").read_text())["mode"] == "quick"
    assert "Docs updated" not in result.stdout


def test_docs_update_replaces_only_the_generated_section(tmp_path: Path):
    page = tmp_path / "B.md"
    page.write_text(f"# B\n\nHand-written.\n\n{BEGIN}\nold\n{END}\n\nAfter.\n", "utf-8")
    row = Row("build time", "10 pages", "b/a <= 1.05", "a | b", "PASS")
    result = {
        "finished": "now",
        "mode": "full",
        "duration_s": 60,
        "command": "make bench",
        "machine": {
            "cpu": "CPU",
            "cores": 2,
            "ram_gib": 1,
            "os": "OS",
            "python": "3",
            "packages": {},
            "load_average_at_start": [],
        },
        "rows": [row.to_json()],
        "notes": ["a note"],
    }
    update_docs(page, result)
    text = page.read_text("utf-8")
    assert text.startswith("# B\n\nHand-written.\n\n") and text.endswith(f"{END}\n\nAfter.\n")
    assert "old" not in text and "a \\| b" in text and "- a note" in text
