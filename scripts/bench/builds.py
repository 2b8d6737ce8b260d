"""Times real ``mkdocs build --strict`` runs: wall time, CPU time and peak memory.

Each build is a fresh subprocess into an emptied site folder, as a user or CI would run
it. ``os.wait4`` gives the resource usage of exactly that child, so peak RSS is per
build, not the running maximum that ``RUSAGE_CHILDREN`` would report. Configurations
are interleaved run by run (a, b, a, b, …) so drift on a shared machine hits both alike.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path


class BuildFailed(RuntimeError):
    """A benchmark build did not pass --strict: numbers from it would mean nothing."""


@dataclass(frozen=True)
class BuildSample:
    wall_s: float
    user_s: float
    sys_s: float
    peak_rss_mb: float
    html_files: int


def build_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra or {})}


def time_build(
    config: Path, site_dir: Path, env: dict[str, str] | None = None, log: Path | None = None
) -> BuildSample:
    """One strict build of `config` into an empty `site_dir`."""
    shutil.rmtree(site_dir, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    command += ["-d", str(site_dir)]
    log = log or site_dir.with_name(site_dir.name + ".log")
    with log.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = log.read_text("utf-8", errors="replace")[-3000:]
        raise BuildFailed(f"mkdocs build --strict -f {config} failed:\n{tail}")
    return BuildSample(
        wall_s=round(wall, 3),
        user_s=round(usage.ru_utime, 3),
        sys_s=round(usage.ru_stime, 3),
        peak_rss_mb=round(usage.ru_maxrss / 1024, 1),  # Linux reports kB
        html_files=sum(1 for _ in site_dir.rglob("*.html")),
    )


def summarize(samples: list[BuildSample]) -> dict:
    return {
        "runs": [asdict(sample) for sample in samples],
        "median_s": round(statistics.median(s.wall_s for s in samples), 3),
        "min_s": round(min(s.wall_s for s in samples), 3),
        "max_s": round(max(s.wall_s for s in samples), 3),
        "median_cpu_s": round(statistics.median(s.user_s + s.sys_s for s in samples), 3),
        "peak_rss_mb": max(s.peak_rss_mb for s in samples),
        "html_files": samples[-1].html_files,
    }


def _site_dir_name(config_name: str) -> str:
    return "site-" + "".join(c if c.isalnum() else "-" for c in config_name)


def compare(
    configs: dict[str, Path],
    runs: int,
    work: Path,
    env: dict[str, str] | None = None,
    progress=print,
) -> dict[str, dict]:
    """Build every config `runs` times, interleaved; a summary per config name."""
    samples: dict[str, list[BuildSample]] = {name: [] for name in configs}
    for run in range(1, runs + 1):
        for name, config in configs.items():
            sample = time_build(config, work / _site_dir_name(name), env=env)
            samples[name].append(sample)
            progress(
                f"  {name:<6} run {run}/{runs}: {sample.wall_s:6.2f} s, "
                f"{sample.peak_rss_mb:.0f} MB, {sample.html_files} HTML files"
            )
    for name in configs:
        shutil.rmtree(work / _site_dir_name(name), ignore_errors=True)
    return {name: summarize(found) for name, found in samples.items()}
