"""The pages and files of a site, each read once and understood once.

This is the site model the catalog, the checks, the region audit and the build's
plugins share: a page's text is read once (``site.reading``), its frontmatter parsed
once by MkDocs' own rule (``site.frontmatter``), and its Markdown analysed once, when
first asked for, into headings, anchors and links with the slug the build uses
(``site.markdown``). Nothing here imports MkDocs.

For the national site the pages are its docs folder. For a region they are the
region's own ``content/`` laid over the national one (same path and language: the
region's file wins); ``own`` says which file the region's authors can edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sosialisasi.inputs import InputError
from sosialisasi.site import reading
from sosialisasi.site.frontmatter import FrontMatter, read_frontmatter
from sosialisasi.site.layout import file_key, list_files, site_layout
from sosialisasi.site.markdown import MarkdownInfo, analyse


@dataclass(eq=False)
class Page:
    """One Markdown source file of the site."""

    path: Path
    src: str  # under its docs folder: 'materi/larangan.id.md'
    doc: str  # without the language: 'materi/larangan.md'
    locale: str  # its language ('' never: an unsuffixed file serves the default)
    own: bool = True  # the site's own file (not inherited from a region's base)

    @property
    def suffixed(self) -> bool:
        """The file names its language ('x.en.md'); otherwise it serves every language."""
        return self.src != self.doc

    @cached_property
    def _source(self) -> tuple[str | None, str | None]:
        """(text, why it could not be read): the page's one read."""
        try:
            return reading.read_text(self.path), None
        except InputError as error:  # a link, a device, too large, not UTF-8
            return None, error.reason

    @property
    def text(self) -> str | None:
        return self._source[0]

    @property
    def read_error(self) -> str | None:
        return self._source[1]

    @cached_property
    def meta(self) -> FrontMatter:
        return read_frontmatter(self.text or "")

    @cached_property
    def markdown(self) -> MarkdownInfo:
        return analyse(self.meta.body, self.meta.body_line)

    @property
    def fields(self) -> dict[str, Any]:
        """The page's ``page.meta`` as a build gets it."""
        return self.meta.meta

    @cached_property
    def title(self) -> str | None:
        """The title MkDocs shows: the frontmatter's, else the first level-1 heading."""
        value = self.fields.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
        return next((h.text for h in self.markdown.headings if h.level == 1), None)


@dataclass
class Content:
    """Every page and file of one site, in reading order of their paths."""

    locales: tuple[str, ...]
    folders: tuple[Path, ...]  # most specific first: a region's, then its base's
    pages: list[Page] = field(default_factory=list)
    files: dict[tuple[str, str], Path] = field(default_factory=dict)  # file_key -> path
    _by_path: dict[Path, Page] = field(default_factory=dict, repr=False)

    @property
    def default(self) -> str:
        return self.locales[0]

    @property
    def own_docs_dir(self) -> Path:
        return self.folders[0]

    @property
    def is_region(self) -> bool:
        return len(self.folders) > 1

    def versions(self, doc: str) -> dict[str, Page]:
        return {p.locale: p for p in self.pages if p.doc == doc}

    def page_for(self, doc: str, locale: str) -> Page | None:
        """The file a reader of ``locale`` gets for ``doc`` (static-i18n falls back)."""
        versions = self.versions(doc)
        return versions.get(locale) or versions.get(self.default)

    def page_at(self, path: Path | str) -> Page | None:
        """The page read from ``path`` (any spelling of it)."""
        if not self._by_path:
            self._by_path = {page.path.resolve(): page for page in self.pages}
        return self._by_path.get(Path(path).resolve())

    def has_file(self, path: str, locale: str) -> bool:
        """A file exists for ``path`` as a reader of ``locale`` gets it (or its default)."""
        base, suffix_locale = file_key(path, self.locales, self.default)
        if base != path:  # the link names a language version ('a.en.png')
            return (base, suffix_locale) in self.files
        return (base, locale) in self.files or (base, self.default) in self.files

    def docs(self) -> list[str]:
        return sorted({p.doc for p in self.pages})


def load_content(folders: Sequence[Path], locales: Sequence[str]) -> Content:
    """List the pages and files of ``folders`` (most specific first); nothing is read yet."""
    locales = tuple(locales) or ("en",)
    content = Content(locales=locales, folders=tuple(folders))
    for folder in folders:
        for relative in list_files(folder):
            key = file_key(relative, locales, locales[0])
            if key in content.files:
                continue  # replaced by the region's file
            path = folder / relative
            content.files[key] = path
            if relative.endswith(".md"):
                own = folder == content.folders[0]
                content.pages.append(Page(path, relative, key[0], key[1], own=own))
    content.pages.sort(key=lambda p: (p.doc, _order(p.locale, locales)))
    return content


def project_content(config_path: Path, locales: Sequence[str]) -> Content:
    """The content of the site whose mkdocs.yml is ``config_path`` (a region's or the base)."""
    layout = site_layout(config_path)
    folders = [layout.docs_dir]
    if layout.is_region:
        folders.append(layout.base_docs_dir)
    return load_content(folders, locales)


def _order(locale: str, locales: Iterable[str]) -> int:
    order = list(locales)
    return order.index(locale) if locale in order else len(order)
