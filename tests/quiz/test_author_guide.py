"""The quiz author's guide stays true: its example is valid, its schema is the shipped one,
its code table lists every code, and both languages say the same things."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sosialisasi.quiz.load import parse_source
from sosialisasi.quiz.manifest import STORAGE_KEY
from sosialisasi.quiz.schema import load_schema
from sosialisasi.quiz.validate import CODES, validate_source
from tests.helpers import REPO

GUIDES = {lang: REPO / "content" / "panduan" / f"menulis-kuis.{lang}.md" for lang in ("id", "en")}
FENCE = re.compile(r"^( *)```(\w+)\n(.*?)^\1```", re.MULTILINE | re.DOTALL)


def blocks(path: Path, language: str) -> list[str]:
    found = []
    for indent, lang, body in FENCE.findall(path.read_text(encoding="utf-8")):
        if lang == language:
            found.append("\n".join(line[len(indent) :] for line in body.splitlines()))
    return found


@pytest.mark.parametrize("lang", GUIDES)
def test_the_complete_example_is_a_valid_bank_of_every_type(lang: str, tmp_path: Path):
    example = next(b for b in blocks(GUIDES[lang], "yaml") if "questions:" in b)
    source = parse_source(tmp_path / "contoh-netralitas.md", example)
    report = validate_source(source, ("id", "en"))
    assert report.diagnostics == []
    assert report.bank is not None
    assert {q.type.value for q in report.bank} == {"single", "multiple", "true-false"}


def test_both_guides_show_the_same_example():
    examples = [next(b for b in blocks(p, "yaml") if "questions:" in b) for p in GUIDES.values()]
    assert examples[0] == examples[1]


@pytest.mark.parametrize("lang", GUIDES)
def test_the_schema_in_the_guide_is_the_shipped_schema(lang: str):
    shown = [json.loads(b) for b in blocks(GUIDES[lang], "json") if '"$schema"' in b]
    assert shown == [load_schema()]


@pytest.mark.parametrize("lang", GUIDES)
def test_every_validation_code_is_explained(lang: str):
    text = GUIDES[lang].read_text(encoding="utf-8")
    listed = re.findall(r"^\| (Q\d{3}) \|", text, re.MULTILINE)
    assert listed == sorted(CODES)


@pytest.mark.parametrize("lang", GUIDES)
def test_the_progress_contract_matches_the_code(lang: str):
    text = GUIDES[lang].read_text(encoding="utf-8")
    assert f"`{STORAGE_KEY}`" in text
    js = (REPO / "src/sosialisasi/quiz/assets/quiz.js").read_text(encoding="utf-8")
    assert f'var KEY = "{STORAGE_KEY}";' in js
    for name in ("sosialisasi:quiz-answer", "window.sosialisasiQuiz.progress", "quiz_assets"):
        assert name in text
    manifest = json.loads(next(b for b in blocks(GUIDES[lang], "json") if "storage_key" in b))
    assert manifest["storage_key"] == STORAGE_KEY
    assert set(manifest["banks"][0]) == {"id", "title", "pages", "questions"}


@pytest.mark.parametrize("lang", GUIDES)
def test_the_schema_modeline_points_at_the_schema(lang: str):
    for line in GUIDES[lang].read_text(encoding="utf-8").splitlines():
        if "yaml-language-server: $schema=" in line:
            target = line.split("$schema=", 1)[1].strip()
            assert (REPO / "quizzes" / target).resolve() == (
                REPO / "src/sosialisasi/quiz/schema/quiz-bank.schema.json"
            )


def test_both_guides_have_the_same_sections():
    anchors = [
        re.findall(r"\{ #([a-z-]+) \}", path.read_text(encoding="utf-8"))
        for path in GUIDES.values()
    ]
    assert anchors[0] == anchors[1] and len(anchors[0]) >= 10
