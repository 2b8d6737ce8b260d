"""The pages and files a site is built from, found the way the build finds them.

For the national site that is its docs folder. For a region it is the region's own
``content/`` laid over the national one (same path and language: the region's file
wins), so a region page's link to a national page resolves, while findings are
reported only for the files the region owns (``own``): its authors cannot edit the
national pages. The build's checks pass ``all_pages=True``: they judge every page
the build renders.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sosialisasi.check.frontmatter import FrontMatter, read_frontmatter
from sosialisasi.check.markdown import MarkdownInfo, analyse
from sosialisasi.check.settings import CheckSettings, load_settings
from sosialisasi.project import Project
from sosialisasi.region.overlay import file_key, list_files, site_layout


@dataclass
class SitePage:
    path: Path
    src: str  # under its docs folder: 'materi/larangan.id.md'
    doc: str  # without the language: 'materi/larangan.md'
    locale: str
    own: bool

    @cached_property
    def text(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return None

    @cached_property
    def meta(self) -> FrontMatter:
        return read_frontmatter(self.text or "")

    @cached_property
    def markdown(self) -> MarkdownInfo:
        return analyse(self.meta.body, self.meta.body_line)


@dataclass
class Site:
    project: Project
    locales: tuple[str, ...]
    settings: CheckSettings
    pages: list[SitePage] = field(default_factory=list)
    files: dict[tuple[str, str], Path] = field(default_factory=dict)  # file_key -> path
    own_docs_dir: Path | None = None
    is_region: bool = False
    all_pages: bool = False

    @property
    def default(self) -> str:
        return self.locales[0]

    @property
    def checked(self) -> list[SitePage]:
        """Pages whose findings are reported."""
        return self.pages if self.all_pages else [p for p in self.pages if p.own]

    def versions(self, doc: str) -> dict[str, SitePage]:
        return {p.locale: p for p in self.pages if p.doc == doc}

    def page_for(self, doc: str, locale: str) -> SitePage | None:
        """The file a reader of ``locale`` gets for ``doc`` (static-i18n falls back)."""
        versions = self.versions(doc)
        return versions.get(locale) or versions.get(self.default)

    def has_file(self, path: str, locale: str) -> bool:
        """A file exists for ``path`` as a reader of ``locale`` gets it (or its default)."""
        base, suffix_locale = file_key(path, self.locales, self.default)
        if base != path:  # the link names a language version ('a.en.png')
            return (base, suffix_locale) in self.files
        return (base, locale) in self.files or (base, self.default) in self.files

    def docs(self) -> list[str]:
        return sorted({p.doc for p in self.pages})


_LAST: list[tuple[Project, bool, Site]] = []


def site_of(project: Project, *, all_pages: bool = False) -> Site:
    """The site of ``project``, read once for all rule families of one run."""
    for cached, flag, site in _LAST:
        if cached is project and flag == all_pages:
            return site
    site = load_site(project, all_pages=all_pages)
    _LAST[:] = [(project, all_pages, site)]
    return site


def load_site(project: Project, *, all_pages: bool = False) -> Site:
    locales = tuple(project.locales) or ("en",)
    site = Site(
        project=project, locales=locales, settings=load_settings(project), all_pages=all_pages
    )
    layout = site_layout(project.config_path)
    folders = [layout.docs_dir]
    if layout.is_region:
        folders.append(layout.base_docs_dir)
    site.own_docs_dir = layout.docs_dir
    site.is_region = layout.is_region
    for folder in folders:
        for relative in list_files(folder):
            key = file_key(relative, locales, locales[0])
            if key in site.files:
                continue  # replaced by the region's file
            path = folder / relative
            site.files[key] = path
            if relative.endswith(".md"):
                site.pages.append(
                    SitePage(path, relative, key[0], key[1], own=folder == layout.docs_dir)
                )
    site.pages.sort(key=lambda p: (p.doc, _order(p.locale, locales)))
    return site


def _order(locale: str, locales: Iterable[str]) -> int:
    order = list(locales)
    return order.index(locale) if locale in order else len(order)
