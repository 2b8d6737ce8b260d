"""The trainer's guide (``pelatih/index.<lang>.md``) read as a session plan for slides.

Sections are found by their anchors, which are the same in every language
(``sesi-45``, ``sesi-90``, ``pokok-bahasan``, ``skenario``, ``kuis``), so a
translated or regional guide is read the same way. Every text stays as the guide
words it; Markdown becomes plain text (links keep their text, e.g. the legal basis).
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field

from sosialisasi.export.context import plain_text

SESSIONS = (45, 90)
_HEADING = re.compile(r"^(#{2,3})\s+(.*?)\s*\{\s*#([\w-]+)[^}]*\}\s*$")
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)[^)]*\)")
_COUNT = re.compile(r"(\d+)(?:\s*[–-]\s*(\d+))?\s+(?:pertanyaan|questions?)", re.I)


class GuideError(ValueError):
    """The guide lacks a section the slides need: says which, and how to fix it."""


@dataclass(frozen=True)
class Step:
    """One row of a session plan's table."""

    time: str
    minutes: str
    activity: str
    material: str
    pages: tuple[str, ...]  # site docs it links ("materi/larangan.md"), without anchors
    anchors: tuple[str, ...]  # anchors of this guide it links ("kuis", "skenario")
    questions: int  # "4 questions from ..." -> 4 (the upper bound of "6–8"); 0 if none


@dataclass(frozen=True)
class Topic:
    title: str
    points: tuple[str, ...]
    page: str | None  # the materi page its points link most


@dataclass(frozen=True)
class Scenario:
    title: str
    situation: str
    questions: tuple[str, ...]
    answer: str


@dataclass(frozen=True)
class Guide:
    title: str
    plans: dict[int, tuple[Step, ...]]
    topics: tuple[Topic, ...]
    scenarios: tuple[Scenario, ...]
    quiz_pages: tuple[str, ...]  # the pages of the "running the quiz" table, in order
    plan_titles: dict[int, str] = field(default_factory=dict)


def _sections(lines: list[str]) -> dict[str, tuple[str, int, list[str]]]:
    """anchor -> (heading text, level, its lines up to the next heading of any level)."""
    found: dict[str, tuple[str, int, list[str]]] = {}
    current: list[str] | None = None
    for line in lines:
        match = _HEADING.match(line)
        if match:
            current = []
            found[match.group(3)] = (match.group(2), len(match.group(1)), current)
        elif current is not None:
            current.append(line)
    return found


def _children(lines: list[str], parent: str) -> list[str]:
    """Anchors of the level-3 headings under the level-2 heading ``parent``, in order."""
    result: list[str] = []
    inside = False
    for line in lines:
        match = _HEADING.match(line)
        if not match:
            continue
        if len(match.group(1)) == 2:
            inside = match.group(3) == parent
        elif inside:
            result.append(match.group(3))
    return result


def _doc(href: str, base: str) -> str | None:
    """'../materi/larangan.md#x' seen from 'pelatih/index.md' -> 'materi/larangan.md'."""
    path = href.split("#", 1)[0]
    if not path or "://" in path or not path.endswith(".md"):
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), path))


def _rows(lines: list[str]) -> list[list[str]]:
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in lines
        if line.strip().startswith("|")
    ]
    return [row for row in rows[1:] if not all(set(cell) <= set(":- ") for cell in row)]


def _step(row: list[str], base: str) -> Step:
    time, minutes, activity, material = [*row, "", "", "", ""][:4]
    hrefs = _LINK.findall(material)
    count = _COUNT.search(plain_text(activity))
    return Step(
        time=plain_text(time),
        minutes=plain_text(minutes),
        activity=plain_text(activity),
        material=plain_text(material),
        pages=tuple(d for d in (_doc(h, base) for h in hrefs) if d),
        anchors=tuple(h[1:] for h in hrefs if h.startswith("#")),
        questions=int(count.group(2) or count.group(1)) if count else 0,
    )


def _bullets(lines: list[str]) -> list[str]:
    return [plain_text(line.strip()[2:]) for line in lines if line.strip().startswith("- ")]


def _paragraphs(lines: list[str]) -> list[str]:
    text = "\n".join(lines)
    return [
        plain_text(block)
        for block in re.split(r"\n\s*\n", text)
        if block.strip() and not block.strip().startswith(("- ", "|", "!!!"))
    ]


def _topic(title: str, lines: list[str], base: str) -> Topic:
    docs = [
        d
        for line in lines
        for d in (_doc(h, base) for h in _LINK.findall(line))
        if d and not d.endswith("referensi.md")
    ]
    page = Counter(docs).most_common(1)[0][0] if docs else None
    return Topic(title=plain_text(title), points=tuple(_bullets(lines)), page=page)


def _scenario(title: str, lines: list[str]) -> Scenario:
    paragraphs = _paragraphs(lines)
    return Scenario(
        title=plain_text(title),
        situation=paragraphs[0] if paragraphs else "",
        questions=tuple(_bullets(lines)),
        answer=" ".join(paragraphs[1:]),
    )


def read_guide(text: str, doc: str = "pelatih/index.md", where: str = "") -> Guide:
    """The session plans, talking points, scenarios and quiz pages of the guide ``text``.

    ``doc`` is its place under the docs folder (links are relative to it), ``where`` the
    file named in errors.
    """
    lines = text.splitlines()
    sections = _sections(lines)
    title_match = next((line for line in lines if line.startswith("# ")), None)
    missing = [a for a in ("sesi-45", "sesi-90", "pokok-bahasan") if a not in sections]
    if missing:
        raise GuideError(
            f"{where or doc}: the trainer's guide has no section with the anchor "
            f"{', '.join('{ #' + a + ' }' for a in missing)}; the slides follow its session "
            "plans and talking points. Add the heading with that anchor (see content/pelatih)."
        )
    plans = {}
    plan_titles = {}
    for minutes in SESSIONS:
        heading, _, body = sections[f"sesi-{minutes}"]
        plans[minutes] = tuple(_step(row, doc) for row in _rows(body))
        plan_titles[minutes] = plain_text(heading)
    topics = tuple(
        _topic(sections[a][0], sections[a][2], doc) for a in _children(lines, "pokok-bahasan")
    )
    scenarios = tuple(
        _scenario(sections[a][0], sections[a][2]) for a in _children(lines, "skenario")
    )
    quiz_pages: tuple[str, ...] = ()
    if "kuis" in sections:
        quiz_pages = tuple(
            d
            for row in _rows(sections["kuis"][2])
            for d in (_doc(h, doc) for h in _LINK.findall(" ".join(row)))
            if d
        )
    return Guide(
        title=plain_text(title_match[2:]) if title_match else "",
        plans=plans,
        topics=topics,
        scenarios=scenarios,
        quiz_pages=quiz_pages,
        plan_titles=plan_titles,
    )
