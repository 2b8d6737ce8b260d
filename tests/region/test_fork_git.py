"""A regional fork with real git: upstream changes to base content and config merge cleanly.

This is the failure that made Carpentries drop its fork-the-template model: tooling
and config lived inside every fork, so every upstream update conflicted. Here the
fork's whole difference lives in regions/<slug>/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, mkdocs_build

pytestmark = pytest.mark.slow

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}

# What a regional author writes into region.yml when following the guide.
FILLED_REGION = """\
name: "Pemerintah Kabupaten Contoh"
short_name: Pemkab Contoh
level: kabupaten
site_name:
  en: "ASN Neutrality: Contoh Regency"
head:
  name: Budi Contoh
  title: Pj Bupati Contoh
secretary:
  name: Sari Contoh
  title: Sekretaris Daerah Kabupaten Contoh
circulars:
  - title: Surat Edaran tentang Netralitas ASN
    summary:
      id: Ringkasan surat edaran.
      en: Summary of the circular.
    unknown: [number, date]
unknown: [contacts]
"""


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["git", *args], cwd=cwd, env=GIT_ENV, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
    return result


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fork_merges_upstream_changes_without_conflict_and_builds(tmp_path: Path):
    upstream, fork = tmp_path / "upstream", tmp_path / "pemkab-contoh"
    git(tmp_path, "clone", "--quiet", str(REPO), str(upstream))
    git(tmp_path, "clone", "--quiet", str(upstream), str(fork))

    # The region: scaffold with the CLI, fill in the data, add a page, commit.
    scaffold = subprocess.run(
        [sys.executable, "-m", "sosialisasi.cli", "new-region", "contoh",
         "--name", "Pemerintah Kabupaten Contoh", "--level", "kabupaten"],
        cwd=fork, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert scaffold.returncode == 0, scaffold.stderr
    region = fork / "regions" / "contoh"
    (region / "region.yml").write_text(FILLED_REGION, encoding="utf-8")
    git(fork, "add", "regions")
    git(fork, "commit", "--quiet", "-m", "Region Kabupaten Contoh")
    changed = git(fork, "diff", "--name-only", "HEAD~1", "HEAD").stdout.split()
    assert changed and all(path.startswith("regions/contoh/") for path in changed)

    # Upstream improves a base page and the base config (a new list entry included).
    home = upstream / "content" / "index.id.md"
    home.write_text(home.read_text(encoding="utf-8") + "\nParagraf baru dari hulu.\n", "utf-8")
    config = upstream / "mkdocs.yml"
    edit(config, "  - tables\n", "  - tables\n  - abbr\n")
    edit(config, "copyright: ", "copyright: Diperbarui dari hulu. ")
    git(upstream, "commit", "--quiet", "-am", "Upstream: new paragraph, new extension")

    # The fork pulls upstream: a clean merge.
    branch = git(fork, "rev-parse", "--abbrev-ref", "HEAD").stdout.strip()
    git(fork, "fetch", "--quiet", "origin")
    merge = subprocess.run(
        ["git", "merge", "--no-edit", f"origin/{branch}"],
        cwd=fork, env=GIT_ENV, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert merge.returncode == 0, f"merge conflict:\n{merge.stdout}{merge.stderr}"
    assert "CONFLICT" not in merge.stdout
    assert git(fork, "status", "--porcelain").stdout == ""

    # The region builds strictly with upstream's changes and its own data.
    site = tmp_path / "site"
    result = mkdocs_build(region / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Paragraf baru dari hulu." in (site / "index.html").read_text(encoding="utf-8")
    assert "Diperbarui dari hulu." in (site / "index.html").read_text(encoding="utf-8")
    region_home = (site / "daerah" / "index.html").read_text(encoding="utf-8")
    assert "Pemerintah Kabupaten Contoh" in region_home and "Budi Contoh" in region_home
    english = (site / "en" / "daerah" / "index.html").read_text(encoding="utf-8")
    assert "ASN Neutrality: Contoh Regency" in english and "Regional leaders" in english


def test_freshly_scaffolded_region_lists_what_to_fill_in(tmp_path: Path):
    fork = tmp_path / "fork"
    git(tmp_path, "clone", "--quiet", str(REPO), str(fork))
    scaffold = subprocess.run(
        [sys.executable, "-m", "sosialisasi.cli", "new-region", "baru",
         "--name", "Pemerintah Kota Baru", "--level", "kota"],
        cwd=fork, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert scaffold.returncode == 0, scaffold.stderr
    result = mkdocs_build(fork / "regions" / "baru" / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0  # strict: empty fields are a to-do list, not a site
    for field in ("region.head.name", "region.secretary.name", "region.circulars"):
        assert f"[{field}]" in result.stderr
    assert "regions/baru/region.yml:" in result.stderr  # where the user fills them in
    assert "content/daerah/index.id.md:" in result.stderr  # the pages that show them
