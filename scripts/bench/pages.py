"""Which pages of the real site to weigh and audit, picked at run time.

Home, the first content page without a quiz and the first page with one, in every
language, in nav order (then path order), so the benchmark follows the content as it
changes. A kind of page the site does not have yet is reported as missing, not faked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from sosialisasi.project import Project


@dataclass(frozen=True)
class Target:
    kind: str  # home | content | quiz
    locale: str
    path: str  # site-relative URL path: '' for the home page, 'materi/larangan/' otherwise
    source: str  # page path under the docs folder, without language suffix

    @property
    def label(self) -> str:
        return f"{self.kind} ({self.locale})"


def _frontmatter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end < 0:
        return {}
    try:
        data = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _nav_paths(nav: object) -> list[str]:
    """Page paths in nav order ('materi/larangan.md')."""
    found: list[str] = []
    if isinstance(nav, str):
        if nav.endswith(".md"):
            found.append(nav)
    elif isinstance(nav, list):
        for item in nav:
            found += _nav_paths(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            found += _nav_paths(value)
    return found


def url_path(source: str) -> str:
    """'materi/larangan.md' -> 'materi/larangan/'; 'index.md' -> ''; 'a/index.md' -> 'a/'."""
    stem = source.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def pick(config: Path) -> tuple[list[Target], list[str]]:
    """Pages to measure, and the kinds that are missing (with why)."""
    project = Project.load(config)
    languages = project.languages
    default = languages[0].locale
    docs = project.docs_dir
    sources = sorted(
        str(p.relative_to(docs)).removesuffix(f".{default}.md") + ".md"
        for p in docs.rglob(f"*.{default}.md")
    )
    nav = [p for p in _nav_paths(project.config.get("nav")) if p in sources]
    ordered = nav + [p for p in sources if p not in nav]
    quiz_of = {
        source: _frontmatter(docs / source.replace(".md", f".{default}.md")).get("quiz")
        for source in ordered
    }
    chosen = {"home": "index.md" if "index.md" in sources else None}
    chosen["content"] = next(
        (s for s in ordered if s != "index.md" and not quiz_of[s] and url_path(s)), None
    )
    chosen["quiz"] = next((s for s in ordered if quiz_of[s]), None)
    targets, missing = [], []
    for kind, source in chosen.items():
        if source is None:
            missing.append(f"{kind}: no page of this kind under {docs.name}/ yet")
            continue
        for lang in languages:
            targets.append(Target(kind, lang.locale, lang.prefix + url_path(source), source))
    return targets, missing
