"""Where a site's files are: its docs folder, and for a region the base's beneath it.

A region's mkdocs.yml INHERITs the national one; its own ``content/`` lies over the
national one. These helpers say which folders that means and name each file by
(path without language suffix, language), the key static-i18n's suffix layout uses.
The build, ``sosialisasi check`` and the region overlay all ask here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from sosialisasi.project import inherit_chain, read_config


def file_key(path: str, locales: Sequence[str], default: str) -> tuple[str, str]:
    """(path without its language suffix, language): 'a/x.en.md' -> ('a/x.md', 'en')."""
    pure = PurePosixPath(path)
    suffixes = pure.suffixes
    if len(suffixes) >= 2 and suffixes[-2][1:] in locales:
        locale = suffixes[-2][1:]
        stem = pure.name[: -len(suffixes[-2] + suffixes[-1])]
        return (pure.with_name(stem + suffixes[-1]).as_posix(), locale)
    return (pure.as_posix(), default)


def list_files(root: Path) -> list[str]:
    """Files under `root` as posix paths, skipping dot files and dot folders (as MkDocs does).

    Linked folders are not walked (a link can loop or reach the system); linked files are
    listed so that the safe reader (``sosialisasi.inputs``) refuses them by name.
    """
    found: list[str] = []
    if not root.is_dir():
        return found
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        relative = Path(folder).relative_to(root)
        found += [
            (relative / name).as_posix() for name in sorted(filenames) if not name.startswith(".")
        ]
    return found


@dataclass(frozen=True)
class Layout:
    """Where a region build finds its own and its base's folders."""

    config_path: Path  # the region's mkdocs.yml
    base_config_path: Path  # the root of its INHERIT chain
    docs_dir: Path  # the region's content folder
    base_docs_dir: Path
    custom_dir: Path | None  # the region's theme overrides folder
    base_custom_dir: Path | None

    @property
    def is_region(self) -> bool:
        return self.base_config_path != self.config_path


def _dir_of(config: dict[str, Any], key: str, root: Path) -> Path | None:
    value = config.get(key)
    return normal_path(root / str(value)) if value else None


def normal_path(path: Path) -> Path:
    """Absolute without following links, as MkDocs does: a linked folder stays visible."""
    return Path(os.path.abspath(path))


def site_layout(config_path: Path) -> Layout:
    """Resolve both folders of a (possibly inheriting) mkdocs.yml the way MkDocs does.

    MkDocs resolves relative paths of an inherited config against the *child*
    file, so the base's ``docs_dir: content`` becomes the region's own
    ``regions/<slug>/content``; the base's folders are found here instead.
    """
    chain = inherit_chain(config_path)
    merged, base = read_config(chain[0]), read_config(chain[-1])
    root, base_root = chain[0].parent, chain[-1].parent
    theme = merged.get("theme") if isinstance(merged.get("theme"), dict) else {}
    base_theme = base.get("theme") if isinstance(base.get("theme"), dict) else {}
    return Layout(
        config_path=chain[0],
        base_config_path=chain[-1],
        docs_dir=normal_path(root / str(merged.get("docs_dir", "docs"))),
        base_docs_dir=normal_path(base_root / str(base.get("docs_dir", "docs"))),
        custom_dir=_dir_of(theme, "custom_dir", root),
        base_custom_dir=_dir_of(base_theme, "custom_dir", base_root),
    )


def split_locale(relative: str, locales: Sequence[str]) -> tuple[str, str | None]:
    """('materi/larangan.id.md', ['id','en']) -> ('materi/larangan.md', 'id'); None: no suffix."""
    base, locale = file_key(relative, locales, "")
    return base, locale or None


def nav_pages(nav: Any) -> list[str]:
    """Page paths of a ``nav:`` setting, in reading order."""
    found: list[str] = []
    for item in nav if isinstance(nav, list) else [nav]:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                found += nav_pages(value)
        elif isinstance(item, list):
            found += nav_pages(item)
    return found
