"""The independent validators (npm, Debian Java, PyPI): found, never skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import REPO

TOOLS = REPO / "scripts" / "validators"
VNU_JAR = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require(path_or_command: str | Path) -> str:
    """The tool's path; a missing tool fails the test with the command that installs it."""
    found = str(path_or_command) if Path(path_or_command).exists() else None
    found = found or shutil.which(str(path_or_command))
    if not found:
        pytest.fail(
            f"{path_or_command} is missing. Validators never skip: run `make validators` "
            "(npm tools from scripts/validators/package-lock.json, Java and Node from "
            "scripts/setup-system.sh).",
            pytrace=False,
        )
    return found
