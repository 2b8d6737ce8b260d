"""Quiz banks and the pages that show them: the same checks the build runs."""

from __future__ import annotations

from collections.abc import Iterable

from sosialisasi.diagnostics import Diagnostic
from sosialisasi.project import Project
from sosialisasi.quiz.catalog import DEFAULT_QUIZZES_DIR, DEFAULT_REFERENCES_PAGE, load_catalog
from sosialisasi.quiz.folders import quiz_folders

NAME = "quiz-banks"
PLUGIN = "sosialisasi/quiz"


def check(project: Project) -> Iterable[Diagnostic]:
    options = project.plugin_config(PLUGIN) or {}
    folders = quiz_folders(project.config_path, options.get("quizzes_dir", DEFAULT_QUIZZES_DIR))
    catalog = load_catalog(
        docs_dir=folders.docs_dirs,
        quizzes_dir=folders.quizzes_dirs,
        locales=project.locales,
        references_page=options.get("references_page", DEFAULT_REFERENCES_PAGE),
    )
    return catalog.diagnostics
