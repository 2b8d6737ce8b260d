"""Facts about the machine and toolchain a benchmark ran on, for its JSON and docs."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "mkdocs-static-i18n",
    "pymdown-extensions",
    "Markdown",
    "playwright",
    "sosialisasi",
)


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def _cpu_model() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            return round(int(line.split()[1]) / 1024 / 1024, 1)
    return None


def _os_name() -> str:
    for line in _read("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip('"')
    return platform.platform()


def _command_version(*command: str) -> str | None:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (out.stdout or out.stderr).strip().splitlines()
    return text[0] if text else None


def _git_commit(repo: Path) -> str | None:
    version = _command_version("git", "-C", str(repo), "rev-parse", "--short", "HEAD")
    dirty = _command_version(
        "git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"
    )
    return f"{version}{'+dirty' if dirty else ''}" if version else None


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def facts(repo: Path, chromium: str = "/usr/bin/chromium") -> dict:
    packages = {}
    for name in PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "os": _os_name(),
        "python": platform.python_version(),
        "chromium": _command_version(chromium, "--version"),
        "node": _command_version("node", "--version"),
        "packages": packages,
        "commit": _git_commit(repo),
        "load_average_at_start": load_average(),
    }
