"""The benchmark lives in scripts/bench (repository tooling, not the package): import it."""

from __future__ import annotations

import sys

from tests.helpers import REPO

SCRIPTS = str(REPO / "scripts")
if SCRIPTS not in sys.path:
    sys.path.insert(0, SCRIPTS)
