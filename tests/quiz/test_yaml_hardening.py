"""Bank YAML: tags on lists and blocks are refused (not silently ignored), a merge key used
normally is not a duplicate key, and the size limit names its real cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.quiz.load import parse_source
from sosialisasi.region.load import read_region_file


def bank(body: str) -> str:
    return f"---\n{body}---\n"


@pytest.mark.parametrize(
    ("yaml_text", "line", "tag"),
    [
        ("id: x\nquestions: !!set\n  ? a\n", 3, "!!set"),
        ("id: x\nquestions: !!omap\n  - a: 1\n", 3, "!!omap"),
        ("id: x\nquestions: !custom\n  - id: a\n", 3, "!custom"),
        ("id: x\nquestions:\n  - !hidden\n    id: a\n", 4, "!hidden"),
    ],
)
def test_a_tag_on_a_list_or_block_is_refused_at_its_line(yaml_text: str, line: int, tag: str):
    source = parse_source(Path("b.md"), bank(yaml_text))
    [finding] = [d for d in source.diagnostics if d.code == "Q100"]
    assert finding.line == line
    assert "YAML tag" in finding.message and tag.lstrip("!") in finding.message


def test_a_merge_key_used_normally_is_not_a_duplicate():
    text = bank(
        "id: x\nbase: &base\n  type: single\n  basis: UU\nquestions:\n"
        "  - <<: *base\n    id: a\n    basis: PP\n"
    )
    source = parse_source(Path("b.md"), text)
    assert [d.code for d in source.diagnostics] == []
    assert source.data["questions"][0] == {"type": "single", "basis": "PP", "id": "a"}
    assert source.line(("questions", 0, "basis")) == 9  # the line written here


def test_a_key_written_twice_beside_a_merge_is_still_a_duplicate():
    text = bank("id: x\nb: &b {t: 1}\nq:\n  <<: *b\n  id: a\n  id: c\n")
    source = parse_source(Path("b.md"), text)
    assert [(d.code, d.line) for d in source.diagnostics] == [("Q114", 7)]


def test_a_large_plain_bank_is_not_said_to_use_aliases():
    questions = "".join(f"  - id: q{n}\n    text: t\n" for n in range(40_000))
    source = parse_source(Path("b.md"), bank(f"id: x\nquestions:\n{questions}"))
    [finding] = source.diagnostics
    assert "holds more than 100,000 values" in finding.message
    assert "alias" not in finding.message + finding.hint
    assert "split" in finding.hint.lower()


def test_an_alias_bomb_is_still_named_as_one():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 10)}]" for n in range(6)
    ]
    source = parse_source(Path("b.md"), bank("\n".join(lines) + "\n"))
    assert "aliases (*name)" in source.diagnostics[0].message


def test_a_large_plain_region_file_names_its_size(tmp_path: Path):
    path = tmp_path / "region.yml"
    path.write_text("contacts:\n" + "".join(f"  - name: n{n}\n" for n in range(60_000)))
    _, found = read_region_file(path)
    assert "holds more than 100,000 values" in found[0].message


def test_a_region_merge_key_used_normally_is_not_a_duplicate(tmp_path: Path):
    path = tmp_path / "region.yml"
    path.write_text(
        "name: Pemerintah Kabupaten Contoh\nlevel: kabupaten\n"
        "head: &pejabat\n  name: Budi\n  title: Bupati\n"
        "secretary:\n  <<: *pejabat\n  name: Ani\n",
        encoding="utf-8",
    )
    raw, found = read_region_file(path)
    assert found == [] and raw is not None
    assert raw.data["secretary"] == {"name": "Ani", "title": "Bupati"}
    assert raw.line("secretary.name") == 8


@pytest.mark.parametrize(
    ("text", "line", "shown"),
    [
        ("contacts: !!set\n  ? a\n", 3, "!!set"),
        ("contacts: !!omap\n  - a: 1\n", 3, "!!omap"),
        ("contacts: !!pairs\n  - a: 1\n", 3, "!!pairs"),
    ],
)
def test_a_tag_on_a_region_list_or_block_is_refused(tmp_path: Path, text: str, line: int, shown):
    path = tmp_path / "region.yml"
    path.write_text(f"name: X\nlevel: kota\n{text}", encoding="utf-8")
    raw, found = read_region_file(path)
    tagged = [d for d in found if "YAML tag" in d.message]
    assert raw is None and [(d.code, d.line) for d in tagged] == [("R101", line)]
    assert shown in tagged[0].message
