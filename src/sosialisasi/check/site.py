"""What ``sosialisasi check`` judges: a site's content, with the check settings.

The pages come from the engine-free site model (``sosialisasi.site.content``): each
read once, shared by every rule family of a run, and by the quiz catalog the quiz
rules build over the same pages. ``sosialisasi check`` reports only the files a
region owns (its authors cannot edit the national pages); the build's checks pass
``all_pages=True``: they judge every page the build renders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sosialisasi.check.settings import CheckSettings, load_settings
from sosialisasi.project import Project
from sosialisasi.quiz.catalog import (
    DEFAULT_QUIZZES_DIR,
    DEFAULT_REFERENCES_PAGE,
    Catalog,
    load_catalog,
)
from sosialisasi.quiz.folders import quiz_folders
from sosialisasi.site.content import Content, Page, project_content

QUIZ_PLUGIN = "sosialisasi/quiz"


@dataclass
class Site:
    project: Project
    content: Content
    settings: CheckSettings
    all_pages: bool = False

    @property
    def pages(self) -> list[Page]:
        return self.content.pages

    @property
    def locales(self) -> tuple[str, ...]:
        return self.content.locales

    @property
    def files(self) -> dict[tuple[str, str], Path]:
        return self.content.files

    @property
    def own_docs_dir(self) -> Path:
        return self.content.own_docs_dir

    @property
    def is_region(self) -> bool:
        return self.content.is_region

    @property
    def default(self) -> str:
        return self.content.default

    @property
    def checked(self) -> list[Page]:
        """Pages whose findings are reported."""
        return self.pages if self.all_pages else [p for p in self.pages if p.own]

    def versions(self, doc: str) -> dict[str, Page]:
        return self.content.versions(doc)

    def page_for(self, doc: str, locale: str) -> Page | None:
        return self.content.page_for(doc, locale)

    def has_file(self, path: str, locale: str) -> bool:
        return self.content.has_file(path, locale)

    def docs(self) -> list[str]:
        return self.content.docs()

    @property
    def quiz_options(self) -> dict | None:
        """The quiz plugin's options, or None when the site has no quizzes."""
        return self.project.plugin_config(QUIZ_PLUGIN)

    @cached_property
    def catalog(self) -> Catalog:
        """Banks and quiz references over this run's pages (read once with them)."""
        options = self.quiz_options or {}
        folders = quiz_folders(
            self.project.config_path, options.get("quizzes_dir", DEFAULT_QUIZZES_DIR)
        )
        return load_catalog(
            folders.docs_dirs,
            folders.quizzes_dirs,
            self.locales,
            references_page=options.get("references_page", DEFAULT_REFERENCES_PAGE),
            content=self.content,
        )


def load_site(project: Project, *, all_pages: bool = False, content: Content | None = None) -> Site:
    """The site of ``project``; pass the build's ``content`` to share its reads."""
    if content is None:
        content = project_content(project.config_path, tuple(project.locales) or ("en",))
    return Site(project, content, load_settings(project), all_pages)
