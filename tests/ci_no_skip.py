"""Under CI=true nothing may skip: a skipped test there is reported as a failure.

A skip counted as a pass hides a missing tool (shellcheck, nginx, Chromium): on a
developer's machine a skip says what to install; in CI, where `make test` installs
every tool (scripts/setup-system.sh), a skip can only mean something is broken.
Expected failures (xfail) are not skips and are left alone.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if not (in_ci() and report.skipped) or hasattr(report, "wasxfail"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    report.outcome = "failed"
    report.longrepr = (
        f"skipped under CI=true, where nothing may skip ({reason}). Install what it needs "
        "in scripts/setup-system.sh (or the test's own setup), or remove the skip."
    )
