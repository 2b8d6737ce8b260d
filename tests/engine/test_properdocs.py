"""The engine plan, tested: ProperDocs 1.6 (the community fork of MkDocs 1.x) builds the
national site and one region with the same output as MkDocs, the generator tag aside.

ProperDocs lives in its own venv (`make .venv-properdocs/.installed`, which `make test`
runs), so it never replaces MkDocs in the project's venv.
"""

from __future__ import annotations

import filecmp
import gzip
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPO, mkdocs_build

VENV = REPO / ".venv-properdocs"
PROPERDOCS = VENV / "bin" / "properdocs"
REGION = "bali"
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')

pytestmark = pytest.mark.slow


def properdocs_build(config: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    if not PROPERDOCS.is_file():
        pytest.fail(
            f"{PROPERDOCS} is missing: run `make .venv-properdocs/.installed` (make test does).",
            pytrace=False,
        )
    command = [str(PROPERDOCS), "build", "--strict", "-f", str(config), "-d", str(site_dir)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def content(path: Path) -> bytes:
    """A file's bytes; for archives, their members' (headers carry the build's time)."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        return gzip.decompress(data)
    if path.suffix in (".pptx", ".zip"):
        with zipfile.ZipFile(path) as archive:
            return b"\0".join(
                name.encode() + b"\0" + archive.read(name) for name in sorted(archive.namelist())
            )
    return data


def differences(mkdocs_site: Path, properdocs_site: Path) -> tuple[list[str], list[str], int]:
    """(files only in one tree, files whose content differs beyond the generator tag, pages)."""
    ours = {p.relative_to(mkdocs_site).as_posix() for p in mkdocs_site.rglob("*") if p.is_file()}
    theirs = {
        p.relative_to(properdocs_site).as_posix() for p in properdocs_site.rglob("*") if p.is_file()
    }
    differ = []
    for name in sorted(ours & theirs):
        a, b = mkdocs_site / name, properdocs_site / name
        if filecmp.cmp(a, b, shallow=False):
            continue
        if GENERATOR.sub(b"", content(a)) != GENERATOR.sub(b"", content(b)):
            differ.append(name)
    pages = sum(1 for name in ours if name.endswith(".html"))
    return sorted(ours ^ theirs), differ, pages


@pytest.mark.parametrize("site", ["national", REGION])
def test_properdocs_builds_the_same_site_as_mkdocs(site: str, built_site: Path, tmp_path: Path):
    config = REPO / "mkdocs.yml" if site == "national" else REPO / "regions" / site / "mkdocs.yml"
    if site == "national":
        mkdocs_site = built_site
    else:
        mkdocs_site = tmp_path / "mkdocs"
        result = mkdocs_build(config, mkdocs_site)
        assert result.returncode == 0, result.stderr[-3000:]
    result = properdocs_build(config, tmp_path / "properdocs")
    assert result.returncode == 0, result.stderr[-3000:]
    generator = GENERATOR.findall((tmp_path / "properdocs" / "index.html").read_bytes())
    assert generator and not re.search(rb"\d", generator[0]), generator
    only, differ, pages = differences(mkdocs_site, tmp_path / "properdocs")
    assert pages >= 70
    assert not only, f"files in one build only: {only[:20]}"
    assert not differ, f"files that differ beyond the generator tag: {differ[:20]}"
    print(f"\nProperDocs vs MkDocs, {site}: {pages} pages, 0 files differ beyond the generator")
