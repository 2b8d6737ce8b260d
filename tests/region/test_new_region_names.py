"""`new-region` refuses slugs the site or Windows already uses, over-long slugs and names
that would break the files it writes: one line on stderr, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.cli import main
from tests.helpers import REPO


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text((REPO / "mkdocs.yml").read_text("utf-8"), "utf-8")
    (tmp_path / "content" / "materi").mkdir(parents=True)
    (tmp_path / "content" / "ikrar.id.md").write_text("# Ikrar\n")
    return tmp_path


def refused(site: Path, capsys, slug: str, name: str = "Pemkab Contoh") -> str:
    args = ["new-region", slug, "--name", name, "--level", "kabupaten", "--root", str(site)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert not (site / "regions").exists() or not any((site / "regions").iterdir())
    return err


@pytest.mark.parametrize("slug", ["assets", "search", "en", "id", "kuis", "admin", "base"])
def test_a_slug_the_site_already_uses_is_refused(site: Path, capsys, slug: str):
    assert "the site or Windows already uses" in refused(site, capsys, slug)


@pytest.mark.parametrize("slug", ["con", "prn", "aux", "nul", "com1", "lpt9"])
def test_a_windows_reserved_slug_is_refused(site: Path, capsys, slug: str):
    assert "already uses that name" in refused(site, capsys, slug)


@pytest.mark.parametrize("slug", ["materi", "ikrar"])
def test_a_slug_naming_a_national_page_or_folder_is_refused(site: Path, capsys, slug: str):
    assert "already a page or folder of the national site" in refused(site, capsys, slug)


def test_a_300_character_slug_is_refused_in_one_line(site: Path, capsys):
    err = refused(site, capsys, "a" * 300)
    assert "too long" in err and len(err) < 300


@pytest.mark.parametrize("name", ["Pemkab\nContoh", "Pemkab\rContoh", "Tab\there", "x" * 201])
def test_a_name_that_would_break_the_files_is_refused(site: Path, capsys, name: str):
    assert "one line" in refused(site, capsys, "contoh", name)


def test_a_slug_with_a_line_break_is_shown_escaped(site: Path, capsys):
    err = refused(site, capsys, "a\n::error::x")
    assert "a\\n::error::x" in err
