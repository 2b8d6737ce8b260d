"""sosialisasi.outputs and its users: no command replaces a device, a folder, the checkout
or its sources, and files are written with a new file's normal permissions."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sosialisasi.outputs import (
    OutputError,
    check_output_file,
    check_site_folder,
    write_text_file,
)
from tests.check._cases import clean_copy
from tests.helpers import REPO


@pytest.mark.parametrize("name", ["/dev/null", "/dev/zero"])
def test_a_device_is_never_an_output_file(tmp_path: Path, name: str):
    with pytest.raises(OutputError, match="a device"):
        check_output_file(name, project_root=tmp_path)


def test_a_folder_a_fifo_or_a_link_is_never_an_output_file(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere")
    for name, kind in (("", "a folder"), ("pipe", "FIFO"), ("link", "symbolic link")):
        with pytest.raises(OutputError, match=kind):
            check_output_file(tmp_path / name, project_root=tmp_path / "project")


@pytest.mark.parametrize("relative", ["mkdocs.yml", "content/a.md", "quizzes/b.md", ".git/HEAD"])
def test_the_sources_are_never_an_output_file(tmp_path: Path, relative: str):
    (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / relative).write_text("source")
    with pytest.raises(OutputError, match="sources"):
        check_output_file(tmp_path / relative, project_root=tmp_path)


def test_an_output_file_is_written_whole_with_normal_permissions(tmp_path: Path):
    target = check_output_file(tmp_path / "bank.gift.txt", project_root=tmp_path / "p")
    old = os.umask(0o022)
    try:
        write_text_file(target, "::q:: a {=b}\n")
    finally:
        os.umask(old)
    assert target.read_text() == "::q:: a {=b}\n"
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["bank.gift.txt"]


@pytest.mark.parametrize("where", [".", "..", "/", "content", "content/materi", "src", ".git"])
def test_a_site_folder_is_never_the_checkout_around_it_or_a_source(tmp_path: Path, where: str):
    project = tmp_path / "repo"
    (project / "content" / "materi").mkdir(parents=True)
    target = Path(where) if where == "/" else project / where
    with pytest.raises(OutputError):
        check_site_folder(target, project_root=project)


def test_a_folder_that_is_not_a_built_site_is_not_replaced(tmp_path: Path):
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="not a built site"):
        check_site_folder(folder, project_root=tmp_path / "repo")
    (folder / "notes.txt").unlink()
    (folder / "index.html").write_text("<html>")
    (folder / "sitemap.xml").write_text("<urlset/>")
    assert check_site_folder(folder, project_root=tmp_path / "repo") == folder


def safe_build(config: Path, site: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = REPO / "scripts" / "safe_build.py"
    command = [sys.executable, str(script), "--config", str(config), "--site-dir", site]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("site", [".", "docs", "docs/materi", "..", "quizzes"])
def test_make_build_refuses_the_checkout_and_its_sources(tmp_path: Path, site: str):
    config = clean_copy(tmp_path / "repo")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = safe_build(config, site, cwd=tmp_path / "repo")
    assert result.returncode == 2, result.stderr
    assert "make build:" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_export_refuses_a_device_and_writes_a_normal_file(tmp_path: Path):
    config = REPO / "tests" / "fixtures" / "sites" / "export" / "mkdocs.yml"
    command = [sys.executable, "-m", "sosialisasi.cli", "export", "--format", "gift"]
    command += ["--config", str(config)]
    refused = subprocess.run([*command, "-o", "/dev/null"], capture_output=True, text=True)
    assert refused.returncode == 2
    assert "/dev/null is a device" in refused.stderr and "Traceback" not in refused.stderr
    out = tmp_path / "bank.txt"
    written = subprocess.run([*command, "-o", str(out)], capture_output=True, text=True)
    assert written.returncode == 0, written.stderr
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's 0600
