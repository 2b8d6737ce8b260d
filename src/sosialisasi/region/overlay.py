"""Which files a region build uses: the base content, overlaid by the region's own.

A region keeps its whole difference from upstream in ``regions/<slug>/``. Its
``content/`` folder holds pages it adds and pages that replace a base page by
the same path; its ``overrides/`` folder does the same for theme templates and
assets. Everything else comes from the base, so an upstream change to a base
page or to the base config merges without touching the region's folder.

Paths are compared per language: with Indonesian as the default language, a
region's ``materi/x.md`` and ``materi/x.id.md`` both replace the base's
``materi/x.id.md``, and leave ``materi/x.en.md`` alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.site.layout import Layout, file_key, list_files, site_layout

__all__ = [
    "Layout",
    "Overlay",
    "added_pages",
    "file_key",
    "half_replacements",
    "list_files",
    "resolve_overlay",
    "site_layout",
]


@dataclass(frozen=True)
class Overlay:
    """The result of laying region files over base files (paths relative to each docs dir)."""

    added: tuple[str, ...]  # region files with no base counterpart
    replacing: tuple[tuple[str, str], ...]  # (region file, base file it replaces)
    inherited: tuple[str, ...]  # base files used unchanged

    @property
    def replaced(self) -> tuple[str, ...]:
        return tuple(base for _, base in self.replacing)


def resolve_overlay(
    base_files: Iterable[str], region_files: Iterable[str], locales: Sequence[str], default: str
) -> Overlay:
    """Lay `region_files` over `base_files`; both are posix paths relative to their docs dir."""
    base_by_key = {file_key(path, locales, default): path for path in sorted(base_files)}
    added: list[str] = []
    replacing: list[tuple[str, str]] = []
    taken: set[tuple[str, str]] = set()
    for path in sorted(region_files):
        key = file_key(path, locales, default)
        taken.add(key)
        if key in base_by_key:
            replacing.append((path, base_by_key[key]))
        else:
            added.append(path)
    inherited = tuple(path for key, path in sorted(base_by_key.items()) if key not in taken)
    return Overlay(added=tuple(added), replacing=tuple(replacing), inherited=inherited)


def added_pages(overlay: Overlay, locales: Sequence[str], default: str) -> list[str]:
    """The region's own pages as nav paths ('daerah/index.md'), index pages first."""
    pages = {file_key(p, locales, default)[0] for p in overlay.added if p.endswith(".md")}
    return sorted(
        pages,
        key=lambda p: (PurePosixPath(p).parent.as_posix(), p.rsplit("/", 1)[-1] != "index.md", p),
    )


def half_replacements(
    overlay: Overlay, locales: Sequence[str], default: str, region_docs: Path
) -> list[Diagnostic]:
    """A region page that replaces a base page in one language only (readers see two texts)."""
    found: list[Diagnostic] = []
    by_page: dict[str, set[str]] = {}
    for region_path, _ in overlay.replacing:
        if region_path.endswith(".md"):
            page, locale = file_key(region_path, locales, default)
            by_page.setdefault(page, set()).add(locale)
    inherited = {file_key(p, locales, default) for p in overlay.inherited}
    for page, replaced_locales in sorted(by_page.items()):
        missing = [
            loc for loc in locales if loc not in replaced_locales and (page, loc) in inherited
        ]
        if missing:
            sample = next(
                r for r, _ in overlay.replacing if file_key(r, locales, default)[0] == page
            )
            found.append(
                Diagnostic(
                    "R131",
                    Severity.WARNING,
                    f"the region replaces base page '{page}' in "
                    f"{', '.join(sorted(replaced_locales))} only; readers of "
                    f"{', '.join(missing)} still get the national text",
                    file=region_docs / sample,
                    hint="add the replacement in every language (e.g. x.id.md and x.en.md)",
                    subject=page,
                )
            )
    return found
