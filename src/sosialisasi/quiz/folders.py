"""Where a site's pages and banks are, for the national site and for a region.

A region's mkdocs.yml INHERITs the national one; its own ``content/`` and
``quizzes/`` lie over the national ones (same name = replaced), as the region
overlay does for pages. The build and ``sosialisasi check`` both ask here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sosialisasi.site.layout import normal_path, site_layout


@dataclass(frozen=True)
class QuizFolders:
    docs_dirs: tuple[Path, ...]  # most specific first
    quizzes_dirs: tuple[Path, ...]


def quiz_folders(config_path: Path, quizzes_dir: str) -> QuizFolders:
    layout = site_layout(config_path)
    root, base_root = layout.config_path.parent, layout.base_config_path.parent
    if not layout.is_region:
        return QuizFolders((layout.docs_dir,), (normal_path(root / quizzes_dir),))
    return QuizFolders(
        docs_dirs=(layout.docs_dir, layout.base_docs_dir),
        quizzes_dirs=(normal_path(root / quizzes_dir), normal_path(base_root / quizzes_dir)),
    )
