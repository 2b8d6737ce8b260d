"""Helpers for the content tests: read pages and banks, extract headings, anchors and links.

Only the standard library, PyYAML and python-frontmatter are used.
Nothing is built and nothing is fetched.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import frontmatter

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "content"
MATERI = CONTENT / "materi"
QUIZZES = REPO / "quizzes"
LANGUAGES = ("id", "en")
REFERENCES = "referensi"

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
EXPLICIT_ANCHOR = re.compile(r"\{\s*#([A-Za-z0-9_-]+)\s*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
# [text](target) links; images share the syntax and are checked the same way.
LINK = re.compile(r"\]\(\s*([^)\s]+)(?:\s+\"[^\"]*\")?\s*\)")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def page_stems() -> list[str]:
    """Page names under content/materi, without the language suffix."""
    stems = {p.name.split(".")[0] for p in MATERI.glob("*.md")}
    return sorted(stems)


def page_path(stem: str, lang: str, folder: Path = MATERI) -> Path:
    return folder / f"{stem}.{lang}.md"


@cache
def load_page(path: Path) -> frontmatter.Post:
    return frontmatter.load(path)


def body_lines(text: str) -> list[str]:
    """Lines of a Markdown body outside fenced code blocks."""
    out, fenced = [], False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            out.append(line)
    return out


def headings(text: str) -> list[tuple[int, str, str | None]]:
    """(level, text without anchor, explicit anchor id or None) for every ATX heading."""
    result = []
    for line in body_lines(text):
        m = HEADING.match(line)
        if not m:
            continue
        title = m.group(2)
        a = EXPLICIT_ANCHOR.search(title)
        anchor = a.group(1) if a else None
        if a:
            title = title[: a.start()].rstrip()
        result.append((len(m.group(1)), title, anchor))
    return result


def anchors(path: Path) -> set[str]:
    return {a for _, _, a in headings(load_page(path).content) if a}


def links(text: str) -> list[str]:
    result = []
    for line in body_lines(text):
        line = re.sub(r"`[^`]*`", "", line)  # code spans are not links
        result.extend(LINK.findall(line))
    return result


def is_external(target: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", target))


def resolve_page(source: Path, target: str, lang: str) -> Path | None:
    """The file a relative .md link resolves to under the suffix structure (x.md -> x.<lang>.md)."""
    rel = (source.parent / target).resolve()
    if rel.suffix != ".md":
        return rel if rel.exists() else None
    for candidate in (
        rel.with_name(f"{rel.stem}.{lang}.md"),
        rel.with_name(f"{rel.stem}.id.md"),
        rel,
    ):
        if candidate.exists():
            return candidate
    return None


def source_key(basis: str) -> str:
    """The part of a basis string before " Pasal" (or the whole string), per CONTRIBUTING.md."""
    return basis.split(" Pasal", 1)[0].strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@cache
def banks() -> dict[str, dict]:
    result = {}
    for path in sorted(QUIZZES.glob("*.md")):
        result[path.stem] = frontmatter.load(path).metadata
    return result


def quiz_reference(meta: dict) -> tuple[str | None, list[str] | None]:
    """(bank id, selected question ids or None) named by a page's `quiz` field."""
    quiz = meta.get("quiz")
    if quiz is None:
        return None, None
    if isinstance(quiz, str):
        return quiz, None
    return quiz.get("bank"), quiz.get("questions")
