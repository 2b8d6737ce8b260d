"""Create a region folder from the commented templates shipped with the package.

The templates (``sosialisasi/region/scaffold/``) are plain files with a few
``__PLACEHOLDERS__``; page text keeps its ``{{ region.… }}`` expressions, which
the build fills from ``region.yml``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from sosialisasi.editor.settings import BACKENDS
from sosialisasi.editor.settings import REPO as EDITOR_REPO
from sosialisasi.region.model import LEVEL_LABELS, Level
from sosialisasi.region.validate import slug_problem

REVIEW_AFTER = dt.timedelta(days=181)


class ScaffoldError(Exception):
    """The region cannot be created as asked; the message says why and what to do."""


@dataclass(frozen=True)
class NewRegion:
    slug: str
    name: str
    level: Level
    today: dt.date
    editor_backend: str = "github"  # where /admin/ commits (see sosialisasi.editor.settings)
    editor_repo: str = ""  # owner/name; empty: the editor works on this computer only

    def placeholders(self) -> dict[str, str]:
        quoted = _yaml_quoted(self.name)
        return {
            "__SLUG__": self.slug,
            "__NAME__": quoted,
            "__LEVEL__": self.level.value,
            "__SITE_NAME__": f"Netralitas ASN: {quoted}",
            "__SITE_NAME_EN__": _yaml_quoted(
                f"ASN Neutrality: {english_name(self.name, self.level)}"
            ),
            "__TODAY__": self.today.isoformat(),
            "__REVIEW_BY__": (self.today + REVIEW_AFTER).isoformat(),
            "__EDITOR_BACKEND__": self.editor_backend,
            "__EDITOR_REPO__": self.editor_repo,
        }


def _yaml_quoted(text: str) -> str:
    """Text for a double-quoted YAML scalar in the templates."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def english_name(name: str, level: Level) -> str:
    """The region's name as an English title reads it: "Pemerintah Kota Uji" -> "Uji City".

    Only the usual form "[Pemerintah] <level> <place>" is turned round; any other name stays
    as written, with its level in brackets, for the region to translate in region.yml.
    """
    label_en = LEVEL_LABELS[level]["en"]
    rest = name.strip()
    if rest.lower().startswith("pemerintah "):
        rest = rest[len("pemerintah ") :].strip()
    level_word = LEVEL_LABELS[level]["id"] + " "
    place = rest[len(level_word) :].strip() if rest.lower().startswith(level_word) else ""
    return f"{place} {label_en.title()}" if place else f"{name} ({label_en})"


def _templates() -> Traversable:
    return resources.files("sosialisasi.region").joinpath("scaffold")


def _walk(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    found: list[tuple[str, Traversable]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        path = f"{prefix}{entry.name}"
        if entry.is_dir():
            found += _walk(entry, path + "/")
        else:
            found.append((path, entry))
    return found


def _national_names(root: Path) -> set[str]:
    """Top-level names of the national site (pages, folders, languages)."""
    from sosialisasi.deploy.sites import national_names

    try:
        return national_names(root)
    except Exception:  # an unreadable national config is reported by the build
        return set()


def scaffold_region(root: Path, request: NewRegion) -> list[Path]:
    """Write ``regions/<slug>/`` under `root` (the folder of the base mkdocs.yml)."""
    if request.editor_backend not in BACKENDS:
        raise ScaffoldError(f"--editor-backend must be one of {', '.join(BACKENDS)}")
    problem = slug_problem(request.slug)
    if problem:
        raise ScaffoldError(problem)
    if not request.name.strip():
        raise ScaffoldError('give the official name, e.g. --name "Pemerintah Kabupaten Jembrana"')
    if any(not char.isprintable() for char in request.name) or len(request.name) > 200:
        raise ScaffoldError(
            "the name must be one line of at most 200 characters, without tabs or line breaks"
        )
    if request.editor_repo and not EDITOR_REPO.match(request.editor_repo):
        raise ScaffoldError(
            f"'{request.editor_repo}' is not a repository: give owner/name, "
            "e.g. --editor-repo pemkab-jembrana/netralitas"
        )
    if not (root / "mkdocs.yml").is_file():
        raise ScaffoldError(
            f"no mkdocs.yml in {root}: run this in the root of the site (where mkdocs.yml is)"
        )
    taken = _national_names(root)
    if request.slug in taken:
        raise ScaffoldError(
            f"'{request.slug}' is already a page or folder of the national site "
            f"(/{request.slug}/); a region there would hide it. Use the region's name."
        )
    target = root / "regions" / request.slug
    if target.exists():
        raise ScaffoldError(f"{target} already exists; choose another slug or delete the folder")
    values = request.placeholders()
    written: list[Path] = []
    for relative, template in _walk(_templates()):
        text = template.read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(text, encoding="utf-8")
        written.append(destination)
    return written
