"""`sosialisasi check --region SLUG` lists what a strict region build would report."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sosialisasi.cli import main
from tests.helpers import REPO

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "region"


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    target = tmp_path / "situs"
    shutil.copytree(FIXTURE, target)
    return target


def test_clean_region_passes_strict_and_lists_known_gaps(scenario: Path, capsys):
    code = main(
        ["check", "--config", str(scenario / "mkdocs.yml"), "--region", "contoh", "--strict"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "info R124 [region.circulars[0].number]" in out
    assert "info R132 [materi/surat-edaran.id.md]: replaces base page" in out


def test_empty_field_is_listed_with_file_and_line_and_fails_strict(scenario: Path, capsys):
    page = scenario / "regions" / "contoh" / "content" / "daerah" / "index.id.md"
    page.write_text(page.read_text() + "\n{{ region.secretary.title }}\n")
    args = ["check", "--config", str(scenario / "mkdocs.yml"), "--region", "contoh"]
    assert main(args) == 0  # a warning alone does not fail a plain check
    assert main([*args, "--strict"]) == 1
    out = capsys.readouterr().out
    line = re.search(
        r"regions/contoh/region\.yml(?::\d+)?: warning R123 \[region\.secretary\.title\]: (.*)", out
    )
    assert line and "content/daerah/index.id.md:10" in line[1]
    assert out.count("R123 [region.secretary.title]") == 2  # once per run (two runs above)


def test_region_data_error_fails_the_check(scenario: Path, capsys):
    data = scenario / "regions" / "contoh" / "region.yml"
    data.write_text(data.read_text().replace("level: kabupaten", "level: desa"))
    assert main(["check", "--config", str(scenario / "mkdocs.yml"), "--region", "contoh"]) == 1
    assert "region.yml:3: error R106" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("slug", "words"), [("tidak-ada", "no such region"), ("Bad Slug", "not a valid region slug")]
)
def test_unknown_or_bad_region_is_one_line(scenario: Path, capsys, slug, words):
    assert main(["check", "--config", str(scenario / "mkdocs.yml"), "--region", slug]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


@pytest.mark.parametrize("slug", ["bali", "sinjai", "jembrana"])
def test_example_regions_pass_a_strict_check(slug: str, capsys):
    code = main(["check", "--config", str(REPO / "mkdocs.yml"), "--region", slug, "--strict"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "R124" in out
