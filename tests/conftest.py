"""Fixtures shared by every test: the built site, a local server, Chromium and axe-core."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from sosialisasi.deploy.headers import SECURITY_HEADERS
from tests.helpers import REPO, mkdocs_build, serve

pytest_plugins = ["tests.ci_no_skip"]

# Property tests run the same examples on every machine: CI is deterministic.
settings.register_profile("sosialisasi", derandomize=True, database=None)
settings.load_profile("sosialisasi")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own site, built once per session with `mkdocs build --strict`."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(REPO / "mkdocs.yml", site)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr[-4000:]}"
    return site


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """Base URL of the built site served on 127.0.0.1 with the hosting guide's security
    headers (Content-Security-Policy included), so every browser test runs under them."""
    with serve(built_site, headers=SECURITY_HEADERS) as url:
        yield url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Drive Debian's Chromium; a missing browser fails the run, it never skips."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. Browser tests never skip: install it with "
            "`make browser` (Debian: apt-get install chromium) or set CHROMIUM_PATH.",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def axe_source() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


@pytest.fixture
def axe(axe_source: str):
    """Run axe-core (WCAG 2.0/2.1 A and AA) on a page; return its violations."""

    def run(page, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")) -> list:
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            # evaluate, not add_script_tag: an inline <script> is blocked by the site's CSP.
            page.evaluate(axe_source + "\n;window.axe = axe;")
        return page.evaluate(
            """(tags) => axe.run(document, {
                runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
            }).then(r => r.violations)""",
            list(tags),
        )

    return run


def describe_violations(violations: list) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
        for v in violations
    )
