"""S1xx: files in the author folders that the site refuses to read or publish.

A symlink, a device or an oversized file in content, quizzes or a region folder, a
static file of a type that could run script (.html, .js, an SVG with script): see
``sosialisasi.content_files``. The build refuses the same files (``sosialisasi/check``
plugin), so check and build agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from sosialisasi.check.codes import CODES
from sosialisasi.check.site import Site
from sosialisasi.content_files import site_file_problems
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.project import Project

NAME = "files"


def check(site: Site) -> Iterable[Diagnostic]:
    return file_findings(site.project)


def file_findings(project: Project) -> list[Diagnostic]:
    """Every refused file of ``project`` (a region: its own and its base's folders)."""
    options = project.plugin_config("sosialisasi/quiz") or {}
    quizzes_dir = str(options.get("quizzes_dir") or "quizzes")
    return [
        Diagnostic(d.code, CODES[d.code].severity, d.message, d.file, d.line, d.hint)
        for d in site_file_problems(project.config_path, quizzes_dir)
    ]
