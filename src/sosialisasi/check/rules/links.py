"""L1xx: internal links and anchors, resolved as the build resolves them; nav entries.

A link ``materi/larangan.md#media-sosial`` from an English page reaches
``materi/larangan.en.md`` (or the Indonesian one when there is no translation, as
static-i18n falls back); the anchor must be an explicit ``{ #id }`` there or the slug
toc gives a heading. MkDocs only logs missing anchors at INFO level, so a broken
"see section X" link would otherwise ship.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterable
from urllib.parse import unquote

from sosialisasi.check.codes import CODES
from sosialisasi.check.rules.translation import line_of, nav_file
from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.site.content import Page
from sosialisasi.site.layout import file_key, nav_pages
from sosialisasi.site.markdown import Link

NAME = "links"
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def is_external(target: str) -> bool:
    return bool(SCHEME.match(target)) or target.startswith("//")


def check(site: Site) -> Iterable[Diagnostic]:
    found: list[Diagnostic] = []
    for page in site.checked:
        for link in page.markdown.links:
            problem = _check_link(site, page, link)
            if problem:
                found.append(problem)
        for anchor, line in page.markdown.duplicates:
            found.append(
                _finding(
                    "L105",
                    page,
                    line,
                    f"the anchor '#{anchor}' is defined twice in this page; links reach only "
                    "the first.",
                    "Give each section its own { #id }.",
                    anchor,
                )
            )
    found += _nav(site)
    return found


def _finding(code: str, page: Page, line: int | None, message: str, hint: str, subject: str):
    return Diagnostic(code, CODES[code].severity, message, page.path, line, hint, subject)


def _check_link(site: Site, page: Page, link: Link) -> Diagnostic | None:
    target = link.target.strip()
    what = "image" if link.image else "link"
    if "{{" in target or "{%" in target or is_external(target):
        return None  # region templating fills it; other schemes: see H102
    if not target:
        return _finding(
            "L101",
            page,
            link.line,
            f"a {what} has no target.",
            "Write the target between the parentheses: [text](page.md).",
            "",
        )
    path, _, anchor = target.partition("#")
    path = unquote(path.split("?", 1)[0])
    if not path:
        if anchor and anchor not in page.markdown.anchors:
            return _missing_anchor(page, link, page, anchor)
        return None
    if path.startswith("/"):
        return _finding(
            "L103",
            page,
            link.line,
            f"the {what} '{target}' starts with '/': it breaks when the site is published "
            "under a sub-path (e.g. /netralitas/) or opened from a folder.",
            "Write the path relative to this page, e.g. '../materi/larangan.md'.",
            target,
        )
    relative = posixpath.normpath(posixpath.join(posixpath.dirname(page.src), path))
    if relative.startswith("../") or relative == "..":
        return _finding(
            "L101",
            page,
            link.line,
            f"the {what} '{target}' leaves the content folder.",
            "Link to pages and files inside the content folder only.",
            target,
        )
    if relative.endswith(".md"):
        base, locale = file_key(relative, site.locales, site.default)
        target_page = site.versions(base).get(locale) if base != relative else None
        if base == relative:
            target_page = site.page_for(base, page.locale)
        if target_page is None:
            close = difflib.get_close_matches(base, site.docs(), n=1)
            hint = f"Did you mean '{_relative_to(page, close[0])}'? " if close else ""
            return _finding(
                "L101",
                page,
                link.line,
                f"the {what} '{target}' points at '{base}', which does not exist.",
                f"{hint}Write the path of the .md file relative to this page, without the "
                "language suffix.",
                target,
            )
        if anchor and anchor not in target_page.markdown.anchors:
            return _missing_anchor(page, link, target_page, anchor)
        return None
    if path.endswith("/") or relative.endswith(".html") or relative == ".":
        return _built_address(page, link, target)
    if site.has_file(relative, page.locale):
        return None
    if site.versions(relative + ".md") or site.versions(relative + "/index.md"):
        return _built_address(page, link, target)
    return _finding(
        "L101",
        page,
        link.line,
        f"the {what} '{target}' points at '{relative}', which does not exist.",
        "Check the file name and its folder (relative to this page).",
        target,
    )


def _built_address(page: Page, link: Link, target: str) -> Diagnostic:
    return _finding(
        "L104",
        page,
        link.line,
        f"the link '{target}' points at a built address, not at a page's .md file: it "
        "cannot be checked and breaks when the site is opened offline.",
        "Link to the Markdown file, e.g. 'larangan.md' instead of 'larangan/'.",
        target,
    )


def _missing_anchor(page: Page, link: Link, target: Page, anchor: str) -> Diagnostic:
    close = difflib.get_close_matches(anchor, sorted(target.markdown.anchors), n=1)
    hint = f"Did you mean '#{close[0]}'? " if close else ""
    where = "this page" if target is page else target.path.name
    return _finding(
        "L102",
        page,
        link.line,
        f"the link '{link.target}' points at '#{anchor}', which {where} does not define.",
        f"{hint}Anchors are the {{ #id }} written after a heading, or the heading's "
        "slug (lowercase, hyphens).",
        link.target,
    )


def _relative_to(page: Page, doc: str) -> str:
    return posixpath.relpath(doc, posixpath.dirname(page.src) or ".")


def _nav(site: Site) -> list[Diagnostic]:
    path, nav = nav_file(site)
    if path is None or (site.is_region and path != site.project.config_path):
        return []
    found = []
    for entry in nav_pages(nav):
        if is_external(entry) or entry.endswith("/"):
            continue
        doc = file_key(entry, site.locales, site.default)[0]
        if site.versions(doc):
            continue
        close = difflib.get_close_matches(doc, site.docs(), n=1)
        found.append(
            Diagnostic(
                "L106",
                CODES["L106"].severity,
                f"nav names '{entry}', which does not exist.",
                path,
                line_of(path, entry),
                (f"Did you mean '{close[0]}'? " if close else "")
                + "Write the page's path under the content folder, without the language suffix.",
                entry,
            )
        )
    return found
