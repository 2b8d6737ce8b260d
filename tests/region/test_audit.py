"""The build-free audit behind `sosialisasi check --region`: what a strict build would say."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sosialisasi.diagnostics import Severity
from sosialisasi.region.audit import audit_site
from tests.helpers import REPO

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "region"


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    target = tmp_path / "situs"
    shutil.copytree(FIXTURE, target)
    return target


def codes(found) -> list[tuple[str, str]]:
    return sorted((d.code, d.subject) for d in found)


def test_clean_region_has_only_information(scenario: Path):
    found = audit_site(scenario / "regions" / "contoh" / "mkdocs.yml")
    assert all(d.severity is Severity.INFO for d in found), [d.format() for d in found]
    assert ("R124", "region.circulars[0].number") in codes(found)
    assert ("R132", "materi/surat-edaran.id.md") in codes(found)


def test_empty_field_is_listed_with_file_and_line_in_each_language(scenario: Path):
    region = scenario / "regions" / "contoh"
    for lang in ("id", "en"):
        page = region / "content" / "daerah" / f"index.{lang}.md"
        page.write_text(page.read_text() + "\n{{ region.secretary.name }}\n")
    found = [d for d in audit_site(region / "mkdocs.yml") if d.code == "R123"]
    # one finding per field, at region.yml (what the user edits), naming each page and line
    assert len(found) == 1 and found[0].file == region / "region.yml"
    assert found[0].subject == "region.secretary.name"
    assert "content/daerah/index.id.md:10" in found[0].message
    assert "content/daerah/index.en.md:10" in found[0].message
    assert all(d.severity is Severity.WARNING for d in found)


def test_template_error_in_a_title_names_the_title_line(scenario: Path):
    page = scenario / "regions" / "contoh" / "content" / "daerah" / "index.id.md"
    page.write_text(page.read_text().replace("region.short_name", "region.singkatan", 1))
    found = [
        d for d in audit_site(scenario / "regions" / "contoh" / "mkdocs.yml") if d.code == "R121"
    ]
    assert [(d.file, d.line) for d in found] == [(page, 2)]


def test_invalid_region_data_and_half_replacement_are_reported(scenario: Path):
    region = scenario / "regions" / "contoh"
    (region / "region.yml").write_text("name: X\nlevel: desa\n")
    (region / "content" / "materi" / "surat-edaran.en.md").unlink()
    found = codes(audit_site(region / "mkdocs.yml"))
    assert ("R106", "level") in found
    assert ("R131", "materi/surat-edaran.md") in found


def test_missing_region_file_stops_the_audit(scenario: Path):
    (scenario / "regions" / "contoh" / "region.yml").unlink()
    found = audit_site(scenario / "regions" / "contoh" / "mkdocs.yml")
    assert [d.code for d in found] == ["R100"]


def test_national_site_audit_flags_unguarded_region_text(scenario: Path):
    assert audit_site(scenario / "mkdocs.yml") == []
    page = scenario / "content" / "materi" / "sanksi.en.md"
    page.write_text(page.read_text() + "\nIn {{ region.name }}.\n")
    found = audit_site(scenario / "mkdocs.yml")
    assert [(d.code, d.file, d.line) for d in found] == [("R123", page, 8)]


@pytest.mark.parametrize("slug", ["bali", "sinjai", "jembrana"])
def test_example_regions_have_no_warning(slug: str):
    found = audit_site(REPO / "regions" / slug / "mkdocs.yml")
    assert [d.format() for d in found if d.severity is not Severity.INFO] == []
    assert any(d.code == "R124" for d in found)


def test_the_repository_national_site_is_clean():
    found = audit_site(REPO / "mkdocs.yml")
    assert [d.format() for d in found if d.severity is not Severity.INFO] == []
