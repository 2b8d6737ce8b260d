"""`make build` replaces site/ only when the strict build succeeded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "bilingual"


def safe_build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "safe_build.py"),
            "--config",
            str(config),
            "--site-dir",
            str(site),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_failed_build_leaves_the_previous_site_intact(tmp_path: Path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../../overrides", str(REPO / "overrides")))
    site = tmp_path / "site"

    first = safe_build(config, site)
    assert first.returncode == 0, first.stderr
    home = (site / "index.html").read_text()
    assert "kerbauputih" in home

    page = project / "docs" / "index.id.md"
    page.write_text(page.read_text().replace("kerbauputih", "[rusak](tidak-ada.md) kerbaubaru"))
    second = safe_build(config, site)
    assert second.returncode != 0
    assert "was left as it was" in second.stderr
    assert (site / "index.html").read_text() == home
    assert not list(tmp_path.glob("site.tmp-*")), "a half-written build was left behind"


def test_successful_build_replaces_the_site(tmp_path: Path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../../overrides", str(REPO / "overrides")))
    site = tmp_path / "site"
    site.mkdir()  # a previous build (safe_build replaces nothing else: tests/test_outputs.py)
    for name in ("index.html", "sitemap.xml", "stale.html"):
        (site / name).write_text("old")
    result = safe_build(config, site)
    assert result.returncode == 0, result.stderr
    assert not (site / "stale.html").exists()
    assert (site / "en" / "index.html").is_file()


def test_an_example_address_is_warned_about_once_and_a_real_one_not(tmp_path: Path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    config = project / "mkdocs.yml"
    text = config.read_text().replace("../../../../overrides", str(REPO / "overrides"))
    lines = [line for line in text.splitlines() if not line.startswith("site_url:")]
    for site_url, warned in (
        ('!ENV [SITE_URL, "https://netralitas.example.org/"]', 1),
        ('"https://netralitas.jembranakab.go.id/"', 0),
    ):
        config.write_text("\n".join([f"site_url: {site_url}", *lines]) + "\n")
        result = safe_build(config, tmp_path / "site")
        assert result.returncode == 0, result.stderr[-2000:]
        assert result.stderr.count("an example address") == warned, result.stderr[-2000:]
        if warned:
            assert "SITE_URL=https://" in result.stderr
