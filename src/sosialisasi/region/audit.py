"""Everything a build would report about a region, found without building it.

`sosialisasi check --region <slug>` calls `audit_site`: it validates the region
file, lays the region's content over the base (as the build does), and renders
every page in its language, collecting the fields pages show but the region left
empty, template errors, and half-replaced base pages. The national site is
audited the same way, with an empty region.
"""

from __future__ import annotations

import os
from pathlib import Path

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.project import Project
from sosialisasi.region.model import EMPTY_REGION, Region
from sosialisasi.region.overlay import (
    file_key,
    half_replacements,
    list_files,
    resolve_overlay,
    site_layout,
)
from sosialisasi.region.template import PageInfo, TemplateProblem, has_template, render
from sosialisasi.region.unfilled import group_unfilled
from sosialisasi.region.validate import load_region
from sosialisasi.site.content import Content, Page, project_content


def _region_file(project: Project) -> Path | None:
    extra = project.config.get("extra") or {}
    name = extra.get("region_file") if isinstance(extra, dict) else None
    return Path(os.path.abspath(project.root / str(name))) if name else None  # a link stays visible


def _region(project: Project, locales: list[str]) -> tuple[Region | None, list[Diagnostic]]:
    path = _region_file(project)
    if path is None:
        return EMPTY_REGION, []
    return load_region(path, slug=path.parent.name, locales=locales, content_dir=project.docs_dir)


def _render_page(page: Page, src_uri: str, locale: str, region: Region) -> list[Diagnostic]:
    """Render one page of the site model in ``locale``, as the region plugin would."""
    text = page.text
    if text is None or not has_template(text):
        return []
    meta = page.meta
    found: list[Diagnostic] = []
    try:
        title = meta.meta.get("title")
        if isinstance(title, str) and has_template(title):
            info = PageInfo(locale, page.path, src_uri, meta.lines.get("title", 1) - 1)
            found += render(title, region, info, markdown=False)[1]
        info = PageInfo(locale, page.path, src_uri, meta.markdown_line - 1)
        found += render(meta.markdown, region, info)[1]
    except TemplateProblem as problem:
        found.append(problem.diagnostic)
    return found


def audit_site(config_path: Path, content: Content | None = None) -> list[Diagnostic]:
    """All findings for the site of `config_path` (a region's mkdocs.yml or the base one).

    Pass the site model ``content`` already read (``sosialisasi check`` does) to share it.
    """
    project = Project.load(config_path)
    locales = project.locales
    default = locales[0]
    region, found = _region(project, locales)
    if region is None:
        return found
    if content is None:
        content = project_content(project.config_path, locales)
    layout = site_layout(project.config_path)
    region_files = list_files(layout.docs_dir)
    sources: dict[str, Path] = {p: layout.docs_dir / p for p in region_files}
    if layout.is_region:
        overlay = resolve_overlay(list_files(layout.base_docs_dir), region_files, locales, default)
        sources.update({p: layout.base_docs_dir / p for p in overlay.inherited})
        found += half_replacements(overlay, locales, default, layout.docs_dir)
        for region_path, base_path in overlay.replacing:
            found.append(
                Diagnostic(
                    "R132",
                    Severity.INFO,
                    f"replaces base page {base_path}",
                    file=layout.docs_dir / region_path,
                    subject=base_path,
                )
            )
    pages = {p: path for p, path in sources.items() if p.endswith(".md")}
    by_page: dict[str, set[str]] = {}
    for src_uri in pages:
        page, locale = file_key(src_uri, locales, default)
        by_page.setdefault(page, set()).add(locale)
    seen: set[tuple] = set()
    for src_uri, path in sorted(pages.items()):
        page, locale = file_key(src_uri, locales, default)
        # A page missing in a language is built from the default one (static-i18n fallback).
        shown_in = [locale] + (
            [lang for lang in locales if lang not in by_page[page]] if locale == default else []
        )
        for lang in shown_in:
            model = content.page_at(path)
            if model is None:
                continue
            for diagnostic in _render_page(model, src_uri, lang, region):
                key = (diagnostic.code, diagnostic.file, diagnostic.line, diagnostic.subject)
                if key not in seen:
                    seen.add(key)
                    found.append(diagnostic)
    region_file = _region_file(project)
    if region.configured and region_file is not None:
        found = group_unfilled(found, region_file, project.root)  # one per field, at region.yml
    return found
