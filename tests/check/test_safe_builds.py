"""Safe builds: `make build` (scripts/safe_build.py) and the deploy path (`sosialisasi deploy
build`, behind `make deploy-dir` and CI) build into a temporary folder and replace the
published one only when the strict build succeeded. Here the failure is a page whose
frontmatter MkDocs would silently drop (F101), which the strict build now refuses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.check._cases import clean_copy
from tests.helpers import REPO

pytestmark = pytest.mark.slow


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOSIALISASI_TODAY": "2026-12-01"}
    env.pop("SITE_URL", None)
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, check=False)


def break_frontmatter(source: Path) -> None:
    page = source / "docs" / "index.id.md"
    page.write_text(page.read_text().replace("description: Situs", "description: Catatan: situs"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_deploy_path_keeps_the_previous_folder_when_the_build_fails(tmp_path: Path):
    source, out = tmp_path / "src", tmp_path / "deploy"
    clean_copy(source)
    deploy = [sys.executable, "-m", "sosialisasi.cli", "deploy", "build", "base", "--out"]
    first = run(*deploy, str(out), cwd=source)
    assert first.returncode == 0, first.stderr[-2000:]
    before = snapshot(out / "base")
    assert "index.html" in before
    break_frontmatter(source)
    second = run(*deploy, str(out), cwd=source)
    assert second.returncode != 0
    assert "index.id.md:3: error F101" in second.stderr
    assert "was left as it was" in second.stderr
    assert snapshot(out / "base") == before
    assert sorted(p.name for p in out.iterdir()) == ["base", "base.nginx.conf"]  # no temp left


def test_make_build_keeps_the_previous_site_when_the_build_fails(tmp_path: Path):
    source, site = tmp_path / "src", tmp_path / "site"
    config = clean_copy(source)
    build = [sys.executable, str(REPO / "scripts" / "safe_build.py"), "--config", str(config)]
    first = run(*build, "--site-dir", str(site), cwd=source)
    assert first.returncode == 0, first.stderr[-2000:]
    before = snapshot(site)
    break_frontmatter(source)
    second = run(*build, "--site-dir", str(site), cwd=source)
    assert second.returncode != 0 and "error F101" in second.stderr
    assert snapshot(site) == before
    assert not list(tmp_path.glob("site.tmp-*")) and not (tmp_path / "site.old").exists()


def test_make_targets_go_through_the_safe_paths():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "scripts/safe_build.py" in makefile.split("\nbuild:", 1)[1].split("\n\n", 1)[0]
    deploy_dir = makefile.split("\ndeploy-dir:", 1)[1].split("\n\n", 1)[0]
    assert "sosialisasi deploy build" in deploy_dir
