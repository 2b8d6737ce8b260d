"""What the slides read from a site, in one place: the guide's text per language and the
banks shown on its pages, both from the site model (a build passes the catalog it
already holds, so nothing is read twice).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sosialisasi.project import Project
from sosialisasi.quiz.catalog import Catalog, load_catalog
from sosialisasi.quiz.folders import quiz_folders
from sosialisasi.quiz.model import Bank
from sosialisasi.site.languages import Language
from sosialisasi.slides.guide import GuideError, read_guide

if TYPE_CHECKING:  # python-pptx is imported only when a deck is made
    from sosialisasi.slides.deck import DeckInput

GUIDE_DOC = "pelatih/index.md"
GUIDE_LIMIT = 1_000_000  # bytes: a guide is a few dozen kB


@dataclass(frozen=True)
class SlideSource:
    languages: tuple[Language, ...]
    guides: dict[str, tuple[Path, str]]  # locale -> (file, Markdown text)
    banks_by_page: dict[str, tuple[Bank, tuple[str, ...] | None]]
    site_names: dict[str, str]
    site_url: str | None


def _guide_file(docs: Path, locale: str, default: str) -> Path | None:
    stem = GUIDE_DOC.removesuffix(".md")
    for name in (f"{stem}.{locale}.md", f"{stem}.{default}.md", GUIDE_DOC):
        path = docs / name
        if path.is_file() and not path.is_symlink():
            return path
    return None


def _text(catalog: Catalog, path: Path) -> str:
    """The guide's text as the site model read it (read here only if it is not a page)."""
    source = catalog.page(path)
    text = source.page.text if source is not None and source.page is not None else None
    if text is None:
        raise GuideError(f"{path}: the trainer's guide cannot be read as UTF-8 text.")
    return text


def load_source(project: Project, catalog: Catalog | None = None) -> SlideSource:
    """The slides' inputs; ``catalog``: the build's quiz catalog, over the same pages."""
    languages = tuple(project.languages)
    default = languages[0].locale
    if catalog is None:
        options = project.plugin_config("sosialisasi/quiz") or {}
        folders = quiz_folders(project.config_path, options.get("quizzes_dir", "quizzes"))
        catalog = load_catalog(
            folders.docs_dirs, folders.quizzes_dirs, [lang.locale for lang in languages]
        )
    guides: dict[str, tuple[Path, str]] = {}
    for lang in languages:
        path = _guide_file(project.docs_dir, lang.locale, default)
        if path is None:
            raise GuideError(
                f"{project.docs_dir / GUIDE_DOC}: no trainer's guide to make slides from "
                f"(looked for pelatih/index.{lang.locale}.md and pelatih/index.md)."
            )
        if path.stat().st_size > GUIDE_LIMIT:
            raise GuideError(f"{path}: larger than {GUIDE_LIMIT} bytes; not a trainer's guide.")
        guides[lang.locale] = (path, _text(catalog, path))
    banks: dict[str, tuple[Bank, tuple[str, ...] | None]] = {}
    for page in catalog.pages:
        bank = catalog.bank(page.quiz.bank) if page.quiz else None
        if page.quiz is not None and bank is not None and page.doc not in banks:
            banks[page.doc] = (bank, page.quiz.questions)
    names = {}
    i18n = project.plugin_config("i18n") or {}
    for lang in languages:
        entry = next(
            (
                e
                for e in i18n.get("languages") or []
                if isinstance(e, dict) and e.get("locale") == lang.locale
            ),
            {},
        )
        names[lang.locale] = str(entry.get("site_name") or project.config.get("site_name") or "")
    url = project.config.get("site_url")
    url = (str(url) if str(url).endswith("/") else f"{url}/") if url else None
    return SlideSource(languages, guides, banks, names, url)


def deck_input(source: SlideSource, session: int, locale: str) -> DeckInput:
    from sosialisasi.slides.deck import DeckInput

    path, text = source.guides[locale]
    language = next(lang for lang in source.languages if lang.locale == locale)
    return DeckInput(
        guide=read_guide(text, GUIDE_DOC, str(path)),
        session=session,
        locale=locale,
        fallback=source.languages[0].locale,
        site_name=source.site_names.get(locale, ""),
        site_url=f"{source.site_url}{language.prefix}" if source.site_url else None,
        banks_by_page=source.banks_by_page,
    )


def write_slides(source: SlideSource, session: int, locale: str, output: Path) -> int:
    """Write the deck to ``output`` whole (never half-written); return its slide count."""
    from sosialisasi.slides.deck import build_deck

    deck = build_deck(deck_input(source, session, locale))
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(handle)
    try:
        deck.save(temporary)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(deck.slides)
