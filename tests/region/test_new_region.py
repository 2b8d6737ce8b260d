"""`sosialisasi new-region`: scaffolds a region folder, refuses bad input with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.cli import main
from sosialisasi.region.model import Level
from sosialisasi.region.scaffold import english_name
from sosialisasi.region.validate import load_region
from tests.helpers import REPO


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text(
        (REPO / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return tmp_path


def test_scaffold_writes_both_languages_and_a_valid_region_file(site: Path, capsys):
    code = main(
        [
            "new-region",
            "kota-contoh",
            "--name",
            'Pemerintah Kota "Contoh"',
            "--level",
            "kota",
            "--root",
            str(site),
        ]
    )
    assert code == 0
    folder = site / "regions" / "kota-contoh"
    expected = {
        "README.md",
        "mkdocs.yml",
        "region.yml",
        "overrides/README.md",
        "content/daerah/index.id.md",
        "content/daerah/index.en.md",
        "content/daerah/surat-edaran.id.md",
        "content/daerah/surat-edaran.en.md",
    }
    assert {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} == expected
    region, found = load_region(folder / "region.yml", content_dir=folder / "content")
    assert found == [] and region is not None
    assert region.name == 'Pemerintah Kota "Contoh"' and region.level.value == "kota"
    assert region.site_name["en"] == 'ASN Neutrality: "Contoh" City'  # English word order
    config = (folder / "mkdocs.yml").read_text()
    assert "INHERIT: ../../mkdocs.yml" in config and "plugins:" not in config.replace(
        "`plugins:`", ""
    )
    assert "__" not in "".join(p.read_text() for p in folder.rglob("*") if p.is_file())
    assert "make build REGION=kota-contoh" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["Bad Slug", "--name", "X", "--level", "kota"], "not a valid region slug"),
        (["contoh", "--name", "  ", "--level", "kota"], "official name"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(site: Path, capsys, args, words):
    assert main(["new-region", *args, "--root", str(site)]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err and err.count("\n") == 1


def test_an_existing_region_is_never_overwritten(site: Path, capsys):
    args = ["new-region", "contoh", "--name", "Pemkab Contoh", "--level", "kabupaten"]
    assert main([*args, "--root", str(site)]) == 0
    data = site / "regions" / "contoh" / "region.yml"
    data.write_text("name: Diisi sendiri\n")
    assert main([*args, "--root", str(site)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert data.read_text() == "name: Diisi sendiri\n"


def test_outside_a_site_it_says_where_to_run(tmp_path: Path, capsys):
    args = ["new-region", "contoh", "--name", "X", "--level", "kota", "--root", str(tmp_path)]
    assert main(args) == 2
    assert "no mkdocs.yml" in capsys.readouterr().err
    assert not (tmp_path / "regions").exists()


def test_invalid_level_is_refused_by_the_parser(site: Path, capsys):
    with pytest.raises(SystemExit):
        main(["new-region", "contoh", "--name", "X", "--level", "desa", "--root", str(site)])
    assert "invalid choice" in capsys.readouterr().err
    assert not (site / "regions").exists()


@pytest.mark.parametrize(
    ("name", "level", "english"),
    [
        ("Pemerintah Kota Uji", "kota", "Uji City"),
        ("Pemerintah Kabupaten Jembrana", "kabupaten", "Jembrana Regency"),
        ("Provinsi Bali", "provinsi", "Bali Province"),
        ("pemerintah kabupaten Tana Toraja", "kabupaten", "Tana Toraja Regency"),
        # not the usual form: kept as written, the level in brackets, for region.yml to translate
        ("Kota Uji", "kabupaten", "Kota Uji (regency)"),
        ("Pemkot Uji", "kota", "Pemkot Uji (city)"),
        ("Pemerintah Kota", "kota", "Pemerintah Kota (city)"),
    ],
)
def test_the_english_site_name_reads_in_english_word_order(name, level, english):
    """The review saw 'ASN Neutrality: Pemerintah Kota Uji (city)', two languages in one title."""
    assert english_name(name, Level(level)) == english
