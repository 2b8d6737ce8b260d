"""The authors' guide (content/panduan/check.*) documents every finding code, in both
languages, with the default severity the code really has."""

from __future__ import annotations

import re

import pytest

from sosialisasi.codes import CODES, family
from tests.helpers import REPO

GUIDE = REPO / "content" / "panduan"
ROW = re.compile(r"^\| ([A-Z]\d{3}) \| (error|warning|info) \|", re.MULTILINE)
QUIZ_ROW = re.compile(r"^\| (Q\d{3}) \|", re.MULTILINE)
EMITTED = re.compile(r"""["']([A-Z]\d{3})["']""")


def emitted_codes() -> set[str]:
    """Every code literal in the source: each must be in the registry."""
    found: set[str] = set()
    for path in (REPO / "src" / "sosialisasi").rglob("*.py"):
        if path.name != "codes.py":
            found |= set(EMITTED.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_the_source_emits_is_registered():
    assert emitted_codes() - set(CODES) == set()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_guide_lists_every_code_once_with_its_default_severity(lang: str):
    rows = ROW.findall((GUIDE / f"check.{lang}.md").read_text(encoding="utf-8"))
    listed = [code for code, _ in rows]
    assert len(listed) == len(set(listed)), "a code is listed twice"
    assert set(listed) == set(CODES) - set(family("Q"))  # quiz codes: the quiz guide
    for code, severity in rows:
        assert CODES[code].severity.value == severity, code


@pytest.mark.parametrize("lang", ["id", "en"])
def test_quiz_codes_are_in_the_quiz_guide_the_check_guide_links_to(lang: str):
    quiz_guide = (GUIDE / f"menulis-kuis.{lang}.md").read_text(encoding="utf-8")
    assert set(QUIZ_ROW.findall(quiz_guide)) == set(family("Q"))
    assert "(menulis-kuis.md#memeriksa)" in (GUIDE / f"check.{lang}.md").read_text("utf-8")


def test_the_guide_is_in_the_nav_for_authors():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    section = config[config.index("Untuk penulis dan pemda:") :]
    assert "panduan/check.md" in section
