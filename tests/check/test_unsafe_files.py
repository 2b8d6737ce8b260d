"""Symlinks, devices and files that would run script are refused by `sosialisasi check` and
by every build (strict or not) with the file named: nothing is read, walked or published."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sosialisasi.check.runner import run_checks
from sosialisasi.project import Project
from tests.check._cases import clean_copy
from tests.helpers import REPO, mkdocs_build

INERT = REPO / "tests" / "fixtures" / "sites" / "inert"


def findings(config: Path) -> list[str]:
    return [d.format(config.parent) for d in run_checks(Project.load(config)).diagnostics]


def assert_refused(config: Path, site: Path, *needles: str, strict: bool = True) -> None:
    result = mkdocs_build(config, site, strict=strict, env={"SOSIALISASI_TODAY": "2026-12-01"})
    assert result.returncode != 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    for needle in needles:
        assert needle in result.stderr, result.stderr[-2000:]
    assert not (site / "index.html").exists()


def test_a_bank_linked_to_dev_zero_is_refused_at_once(tmp_path: Path):
    config = clean_copy(tmp_path / "site")
    (tmp_path / "site" / "quizzes" / "nol.md").symlink_to("/dev/zero")
    found = findings(config)
    assert any("quizzes/nol.md: error S101" in f and "symbolic link" in f for f in found), found
    assert any("nol.md" in f and "Q100" in f for f in found), found


def test_a_page_linked_to_a_system_file_is_refused_by_check(tmp_path: Path):
    config = clean_copy(tmp_path / "site")
    (tmp_path / "site" / "docs" / "materi" / "passwd.id.md").symlink_to("/etc/passwd")
    found = findings(config)
    assert any("docs/materi/passwd.id.md: error S101" in f for f in found), found
    assert not any("root:" in f for f in found)


@pytest.mark.slow
@pytest.mark.parametrize("strict", [True, False])
def test_the_build_refuses_a_link_to_the_environment_and_publishes_nothing(
    tmp_path: Path, strict: bool
):
    config = clean_copy(tmp_path / "src")
    (tmp_path / "src" / "docs" / "environ.txt").symlink_to("/proc/self/environ")
    site = tmp_path / "site"
    assert_refused(config, site, "docs/environ.txt", "S101", strict=strict)
    assert not (site / "environ.txt").exists()


@pytest.mark.slow
def test_the_build_refuses_a_linked_folder_that_loops(tmp_path: Path):
    config = clean_copy(tmp_path / "src")
    (tmp_path / "src" / "docs" / "materi" / "lagi").symlink_to(tmp_path / "src" / "docs")
    assert_refused(config, tmp_path / "site", "docs/materi/lagi", "symbolic link")


@pytest.mark.slow
def test_a_region_build_refuses_html_and_a_scripted_svg_in_its_content(tmp_path: Path):
    source = tmp_path / "inert"
    shutil.copytree(INERT, source)
    config = source / "regions" / "jahat" / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("../../../../../../overrides", str(REPO / "overrides")))
    daerah = source / "regions" / "jahat" / "docs" / "daerah"
    (daerah / "surat-edaran.html").write_text("<script>alert(1)</script>")
    (daerah / "peta.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg'>\n<script>alert(2)</script>\n</svg>"
    )
    found = findings(config)
    assert any("surat-edaran.html: error S102" in f for f in found), found
    assert any("peta.svg:2: error S103" in f for f in found), found
    assert_refused(config, tmp_path / "site", "surat-edaran.html", "peta.svg:2")


def test_a_linked_region_file_is_refused_not_followed(tmp_path: Path):
    source = tmp_path / "inert"
    shutil.copytree(INERT, source)
    region = source / "regions" / "jahat"
    (region / "region.yml").rename(tmp_path / "elsewhere.yml")
    (region / "region.yml").symlink_to(tmp_path / "elsewhere.yml")
    found = findings(region / "mkdocs.yml")
    assert any("region.yml: error S101" in f for f in found), found
    assert any("region.yml" in f and "symbolic link" in f and "R10" in f for f in found), found


def test_a_linked_mkdocs_yml_is_refused(tmp_path: Path):
    clean_copy(tmp_path / "site")
    os.rename(tmp_path / "site" / "mkdocs.yml", tmp_path / "real.yml")
    (tmp_path / "site" / "mkdocs.yml").symlink_to(tmp_path / "real.yml")
    with pytest.raises(Exception, match="symbolic link"):
        Project.load(tmp_path / "site" / "mkdocs.yml")
