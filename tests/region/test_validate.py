"""Region data: a valid file loads clean; every validation error has a fixture and a line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sosialisasi.diagnostics import Severity
from sosialisasi.region.model import Level
from sosialisasi.region.validate import load_region, slug_problem

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "region"
CONTENT = FIXTURES / "content"


def test_valid_file_loads_every_field_without_findings():
    region, found = load_region(FIXTURES / "valid.yml", slug="contoh", content_dir=CONTENT)
    assert found == []
    assert region is not None
    assert region.slug == "contoh"
    assert region.name == "Pemerintah Kabupaten Contoh"
    assert region.level is Level.KABUPATEN
    assert region.site_name == {
        "id": "Netralitas ASN Kabupaten Contoh",
        "en": "ASN Neutrality in Contoh Regency",
    }
    assert (region.head.title, region.head.as_of) == ("Pj Bupati Contoh", dt.date(2024, 5, 1))
    assert region.contacts[0].phone == "0361 000000"
    circular = region.circulars[0]
    assert circular.number == "800/1/BKPSDM/2024"
    assert circular.date == dt.date(2024, 8, 14)
    assert circular.summary == {"id": "Ringkasan.", "en": "Summary."}
    assert circular.file == "daerah/se.pdf"
    assert region.source("S1").url == "https://example.org/berita"


def test_every_field_is_optional(tmp_path: Path):
    empty = tmp_path / "region.yml"
    empty.write_text("# nothing filled in yet\n", encoding="utf-8")
    region, found = load_region(empty)
    assert found == []
    assert region is not None and region.name == "" and region.circulars == ()
    assert region.slug == tmp_path.name  # the folder names the region


def test_missing_file_is_R100(tmp_path: Path):
    region, found = load_region(tmp_path / "region.yml")
    assert region is None
    assert [d.code for d in found] == ["R100"]
    assert "new-region" in found[0].hint


# (fixture, code, line, subject or None, words the message must contain)
CASES = [
    ("R101-yaml-syntax.yml", "R101", 2, None, "not valid YAML"),
    ("R102-not-a-mapping.yml", "R102", 1, None, "mapping"),
    ("R103-duplicate-key.yml", "R103", 3, "name", "twice"),
    ("R104-unknown-field.yml", "R104", 2, "levle", "unknown field"),
    ("R105-wrong-type.yml", "R105", 4, "contacts[0].phone", "must be text"),
    ("R106-bad-level.yml", "R106", 2, "level", "kecamatan"),
    ("R107-bad-date.yml", "R107", 3, "circulars[0].date", "not a date"),
    ("R108-prose-without-language.yml", "R108", 3, "circulars[0].summary", "per language"),
    ("R109-bad-url.yml", "R109", 3, "circulars[0].link", "web address"),
    ("R110-bad-email.yml", "R110", 3, "contacts[0].email", "e-mail"),
    ("R111-missing-file.yml", "R111", 3, "circulars[0].file", "not found"),
    ("R112-duplicate-number.yml", "R112", 4, "circulars[2].number", "listed twice"),
    ("R113-unknown-source.yml", "R113", 3, "head.source", "S9"),
    ("R114-unknown-names-no-field.yml", "R114", 3, "circulars[0].unknown", "nomor"),
    ("R115-unknown-but-filled.yml", "R115", 3, "circulars[0].unknown", "has a value"),
    ("R116-duplicate-source.yml", "R116", 4, "sources[1]", "used twice"),
    ("R117-source-without-key.yml", "R117", 2, "sources[0].key", "short key"),
]


@pytest.mark.parametrize(("fixture", "code", "line", "subject", "words"), CASES)
def test_each_error_names_code_file_line_field_and_fix(fixture, code, line, subject, words):
    path = FIXTURES / fixture
    _, found = load_region(path, content_dir=CONTENT)
    matching = [d for d in found if d.code == code]
    assert matching, f"{code} not reported; got {[d.format() for d in found]}"
    diagnostic = matching[0]
    assert diagnostic.file == path
    assert diagnostic.line == line
    if subject is not None:
        assert diagnostic.subject == subject
    assert words in diagnostic.message
    assert diagnostic.hint, "every finding says how to fix it"
    expected = Severity.WARNING if code == "R115" else Severity.ERROR
    assert diagnostic.severity is expected
    assert f"{path}:{line}: " in diagnostic.format()


def test_every_code_has_a_fixture():
    codes = {case[1] for case in CASES} | {"R100"}
    assert codes == {f"R1{n:02d}" for n in range(0, 18)}


def test_unknown_field_suggests_the_close_name():
    _, found = load_region(FIXTURES / "R104-unknown-field.yml")
    assert "did you mean 'level'?" in found[0].hint


def test_a_field_with_an_error_is_left_empty_not_guessed():
    region, _ = load_region(FIXTURES / "R107-bad-date.yml")
    assert region is not None and region.circulars[0].date is None
    assert region.circulars[0].number == "1/2024"


def test_all_problems_are_reported_at_once(tmp_path: Path):
    path = tmp_path / "region.yml"
    path.write_text("level: desa\nhead: {nama: X}\ncirculars:\n  - date: kemarin\n", "utf-8")
    _, found = load_region(path)
    assert {d.code for d in found} == {"R106", "R104", "R107"}


@pytest.mark.parametrize("slug", ["jembrana", "kota-denpasar", "bali2"])
def test_good_slugs(slug):
    assert slug_problem(slug) == ""


@pytest.mark.parametrize(
    "slug", ["Jembrana", "kota denpasar", "-bali", "2bali", "a--b", "../x", ""]
)
def test_bad_slugs(slug):
    assert "not a valid region slug" in slug_problem(slug)
