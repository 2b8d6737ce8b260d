"""One voice and one set of English terms, read from the lists in CONTRIBUTING.md.

Pages are guidance a regional government issues under its own name: no research-log
"kami belum membaca …", and every English page renders the legal terms the same way.
The lists live once, in CONTRIBUTING.md ("Voice and English terms"); this test reads them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.content._content import CONTENT, QUIZZES, REPO

GUIDE = REPO / "CONTRIBUTING.md"
SCAFFOLD = REPO / "src" / "sosialisasi" / "region" / "scaffold" / "content"
REGIONS = REPO / "regions"


def _section(text: str, heading: str) -> str:
    start = text.index(heading) + len(heading)
    end = re.search(r"^#{2,3} ", text[start:], re.MULTILINE)
    return text[start : start + end.start()] if end else text[start:]


def research_phrases() -> list[str]:
    text = GUIDE.read_text("utf-8")
    return re.findall(r"`([^`]+)`", _section(text, "### Research-voice phrases"))


def avoided_renderings() -> list[str]:
    """The backticked entries of the "Avoid" column of the terminology table."""
    rows = _section(GUIDE.read_text("utf-8"), "### English terminology").splitlines()
    avoided = []
    for row in rows:
        cells = row.strip().strip("|").split("|")
        if row.startswith("|") and len(cells) == 3:
            avoided += re.findall(r"`([^`]+)`", cells[2])
    return avoided


def _pages(pattern: str) -> list[Path]:
    roots = [CONTENT, SCAFFOLD, *sorted(REGIONS.glob("*/content"))]
    return sorted(p for root in roots for p in root.rglob(pattern))


ALL_TEXTS = _pages("*.md") + sorted(QUIZZES.glob("*.md"))
ENGLISH_TEXTS = _pages("*.en.md") + sorted(QUIZZES.glob("*.md"))


def _finder(phrases: list[str]) -> re.Pattern[str]:
    """Whole phrases only: "district office" does not match inside "sub-district office"."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _english_of_bank(path: Path) -> str:
    """The English values of a bank (lines of `en:` blocks), so Indonesian text is not judged."""
    lines, keep = [], False
    for line in path.read_text("utf-8").splitlines():
        stripped = line.lstrip()
        if re.match(r"^[a-z]+:", stripped):
            keep = stripped.startswith("en:")
        if keep:
            lines.append(line)
    return "\n".join(lines)


def _hits(pattern: re.Pattern[str], path: Path, text: str) -> list[str]:
    return [
        f"{path.relative_to(REPO)}:{number}: {match.group(0)!r}"
        for number, line in enumerate(text.splitlines(), start=1)
        for match in pattern.finditer(line)
    ]


def test_the_lists_are_in_contributing():
    assert len(research_phrases()) >= 20, "research-voice list missing from CONTRIBUTING.md"
    assert "kami belum" in research_phrases() and "we read" in research_phrases()
    assert "Personnel Supervisory Official" in avoided_renderings()
    assert "honorary worker" in avoided_renderings()


def test_the_finders_match_what_they_should_and_nothing_else():
    voice = _finder(research_phrases())
    assert voice.search("Pasal itu belum kami baca.")
    assert voice.search("The rules we read are silent.")
    assert not voice.search('"Setiap pelanggaran akan kami tindak," katanya')  # a quotation
    assert not voice.search("Sebagai kepala daerah, kami:")
    terms = _finder(avoided_renderings())
    assert terms.search("the district office hall")
    assert not terms.search("the sub-district office hall")


@pytest.mark.parametrize("path", ALL_TEXTS, ids=lambda p: str(p.relative_to(REPO)))
def test_no_research_voice(path: Path):
    found = _hits(_finder(research_phrases()), path, path.read_text("utf-8"))
    assert not found, "research-log voice; use the forms in CONTRIBUTING.md: " + "; ".join(found)


@pytest.mark.parametrize("path", ENGLISH_TEXTS, ids=lambda p: str(p.relative_to(REPO)))
def test_english_uses_the_term_list(path: Path):
    text = _english_of_bank(path) if path.parent == QUIZZES else path.read_text("utf-8")
    found = _hits(_finder(avoided_renderings()), path, text)
    assert not found, "rendering the term list avoids (CONTRIBUTING.md): " + "; ".join(found)
