"""Reading frontmatter: plain data plus the source line of every value."""

from __future__ import annotations

from pathlib import Path

from sosialisasi.quiz.load import parse_source, read_source

BANK = """---
id: contoh
title:
  id: Kuis
  en: Quiz
questions:
  - id: q1
    options:
      - id: true
        correct: yes
---
body
"""


def test_values_and_lines_come_from_the_source_file():
    source = parse_source(Path("contoh.md"), BANK)
    assert source.diagnostics == []
    assert source.data["title"] == {"id": "Kuis", "en": "Quiz"}
    assert source.lines[("title", "en")] == 5
    assert source.lines[("questions", 0, "options", 0, "correct")] == 10
    assert source.line(("questions", 0, "options", 0, "feedback", "id")) == 9


def test_keys_are_text_as_written():
    source = parse_source(Path("contoh.md"), "---\ntrue: 1\nno: 2\n---\n")
    assert source.data == {"true": 1, "no": 2}


def test_a_scalar_yaml_reads_as_boolean_keeps_its_spelling():
    source = parse_source(Path("x.md"), "---\ntext: {id: Ya, en: Yes}\nn: 1.50\n---\n")
    assert source.data["text"]["en"] is True  # what YAML 1.1 says...
    assert source.text(("text", "en"), True) == "Yes"  # ...and what the author wrote
    assert source.text(("n",), 1.5) == "1.50"


def test_leading_blank_lines_and_byte_order_mark_keep_line_numbers(tmp_path: Path):
    path = tmp_path / "contoh.md"
    path.write_bytes(b"\xef\xbb\xbf\n\n" + BANK.encode())
    source = read_source(path)
    assert source.diagnostics == []
    assert source.lines[("title", "en")] == 7


def test_yaml_merge_keys_are_resolved():
    text = "---\nbase: &b {id: Ya, en: Oke}\ntext:\n  <<: *b\n---\n"
    assert parse_source(Path("x.md"), text).data["text"] == {"id": "Ya", "en": "Oke"}


def test_a_file_that_is_not_text_is_reported_not_raised(tmp_path: Path):
    path = tmp_path / "biner.md"
    path.write_bytes(b"---\nid: \xff\xfe\n---\n")
    [diagnostic] = read_source(path).diagnostics
    assert diagnostic.code == "Q100" and "UTF-8" in diagnostic.message


def test_a_missing_file_is_reported_not_raised(tmp_path: Path):
    [diagnostic] = read_source(tmp_path / "tidak-ada.md").diagnostics
    assert diagnostic.code == "Q100" and diagnostic.line is None


def test_empty_frontmatter_is_an_empty_mapping():
    source = parse_source(Path("x.md"), "---\n---\nbody\n")
    assert source.data == {} and source.diagnostics == []


def test_a_value_yaml_cannot_construct_is_reported_on_its_line():
    source = parse_source(Path("x.md"), "---\nid: x\nn: !!int abc\n---\n")
    [diagnostic] = source.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("Q100", 3)
    assert diagnostic.hint == "Quote the value."
