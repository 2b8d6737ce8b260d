"""Empty-field findings grouped per field at region.yml, with the pages that show it."""

from __future__ import annotations

from pathlib import Path

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.region.unfilled import group_unfilled


def shown(page: Path, line: int, field: str) -> Diagnostic:
    return Diagnostic(
        "R123", Severity.WARNING, "shown", file=page, line=line, subject=f"region.{field}"
    )


def test_one_finding_per_field_at_its_line_in_region_yml(tmp_path: Path):
    region = tmp_path / "regions" / "uji"
    (region / "content" / "daerah").mkdir(parents=True)
    (region / "region.yml").write_text("name: Kota Uji\nhead:\n  name: ''\n  title: ''\n")
    page_id = region / "content" / "daerah" / "index.id.md"
    page_en = region / "content" / "daerah" / "index.en.md"
    other = Diagnostic("R124", Severity.INFO, "unknown", file=page_id, line=3)
    found = [
        shown(page_id, 29, "head.name"),
        other,
        shown(page_id, 29, "head.title"),
        shown(page_en, 29, "head.name"),
        shown(page_en, 29, "head.name"),  # the same page rendered twice (fallback language)
    ]
    grouped = group_unfilled(found, region / "region.yml", tmp_path)
    assert [d.code for d in grouped] == ["R123", "R124", "R123"]
    name, _, title = grouped
    assert (name.file, name.line) == (region / "region.yml", 3)
    assert name.message == (
        "'head.name' is empty; 2 pages show it: "
        "content/daerah/index.id.md:29, content/daerah/index.en.md:29"
    )
    assert (title.line, title.message.split(":")[0]) == (
        4,
        "'head.title' is empty; 1 page shows it",
    )
    assert group_unfilled([other], region / "region.yml") == [other]
