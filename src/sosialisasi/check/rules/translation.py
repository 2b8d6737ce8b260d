"""T1xx: every page in every configured language, with the same anchors; nav translated.

Quiz banks are checked for every language by the quiz rules (Q103); a page's language
versions naming different quizzes is Q124. This family covers the pages themselves
and the nav section titles, which static-i18n translates with ``nav_translations``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

import yaml

from sosialisasi.check.codes import CODES
from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.inputs import InputError, read_author_text
from sosialisasi.project import inherit_chain

NAME = "translation"


def check(site: Site) -> Iterable[Diagnostic]:
    return [*_missing_versions(site), *_outline_differences(site), *_nav_titles(site)]


def _language_names(site: Site) -> dict[str, str]:
    return {lang.locale: lang.name or lang.locale for lang in site.project.languages}


def file_name(doc: str, locale: str) -> str:
    path = PurePosixPath(doc)
    return path.with_name(f"{path.stem}.{locale}{path.suffix}").as_posix()


def _missing_versions(site: Site) -> list[Diagnostic]:
    names = _language_names(site)
    checked = {id(p) for p in site.checked}
    found = []
    for doc in site.docs():
        versions = site.versions(doc)
        if not any(id(p) in checked for p in versions.values()):
            continue
        present = next(iter(versions.values()))
        for locale in site.locales:
            if locale in versions:
                continue
            name = names.get(locale, locale)
            shown = names.get(present.locale, present.locale)
            found.append(
                Diagnostic(
                    "T101",
                    CODES["T101"].severity,
                    f"the page has no {name} version ({file_name(doc, locale)}); {name} "
                    f"readers get the {shown} text with a notice.",
                    present.path,
                    1,
                    f"Translate the page into {file_name(doc, locale)} beside it, with the "
                    "same headings and { #anchors }.",
                    doc,
                )
            )
    return found


def _outline_differences(site: Site) -> list[Diagnostic]:
    """Language versions whose headings differ in number, level or explicit anchors.

    Anchors may be translated ('#salin' / '#copy'); what must match is the outline: a
    section missing or moved in one language is text its readers never get.
    """
    names = _language_names(site)
    found = []
    for doc in site.docs():
        versions = site.versions(doc)
        reference = versions.get(site.default)
        if reference is None:
            continue
        expected = [(h.level, h.explicit) for h in reference.markdown.headings]
        for locale, page in versions.items():
            if page is reference or page not in site.checked:
                continue
            headings = page.markdown.headings
            outline = [(h.level, h.explicit) for h in headings]
            if outline == expected:
                continue
            index = next(
                (i for i, (a, b) in enumerate(zip(outline, expected, strict=False)) if a != b),
                min(len(outline), len(expected)),
            )
            line = headings[index].line if index < len(headings) else None
            other = names.get(site.default, site.default)
            if index < len(headings) and index < len(expected):
                level, explicit = expected[index]
                there = reference.markdown.headings[index]
                detail = (
                    f"heading {index + 1} here is level {headings[index].level}"
                    f"{' with' if headings[index].explicit else ' without'} an {{ #anchor }}; "
                    f"in the {other} version it is level {level}"
                    f"{' with' if explicit else ' without'} one ('{there.text}', line "
                    f"{there.line})"
                )
            else:
                detail = (
                    f"this version has {len(outline)} headings, the {other} one {len(expected)}"
                )
            found.append(
                Diagnostic(
                    "T102",
                    CODES["T102"].severity,
                    f"the sections differ from {reference.path.name}: {detail}.",
                    page.path,
                    line,
                    "Give both versions the same headings in the same order, each with its "
                    "{ #anchor } where the other has one; translate missing sections.",
                    locale,
                )
            )
    return found


def nav_file(site: Site) -> tuple[Any, Any] | tuple[None, None]:
    """(path, nav) of the config file that defines ``nav``, child first."""
    for path in inherit_chain(site.project.config_path):
        try:
            data = yaml.load(read_author_text(path, root=path.parent), Loader=_Loader) or {}
        except (InputError, yaml.YAMLError):
            return None, None
        if isinstance(data, dict) and "nav" in data:
            return path, data["nav"]
    return None, None


class _Loader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV and !relative tags read as plain values."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_titles(nav: Any) -> list[str]:
    """Every title written in nav: sections and pages given a title."""
    titles: list[str] = []
    for entry in nav if isinstance(nav, list) else []:
        if isinstance(entry, dict):
            for title, value in entry.items():
                titles.append(str(title))
                titles += nav_titles(value)
    return titles


def line_of(path: Any, needle: str) -> int | None:
    try:
        lines = read_author_text(path, root=path.parent).splitlines()
    except InputError:
        return None
    for number, line in enumerate(lines, start=1):
        if needle in line:
            return number
    return None


def _nav_titles(site: Site) -> list[Diagnostic]:
    path, nav = nav_file(site)
    if path is None or (site.is_region and path != site.project.config_path):
        return []
    i18n = site.project.plugin_config("i18n") or {}
    found = []
    names = _language_names(site)
    for language in i18n.get("languages") or []:
        if (
            not isinstance(language, dict)
            or language.get("default")
            or not language.get("build", True)
        ):
            continue
        locale = str(language.get("locale"))
        translations = language.get("nav_translations") or {}
        for title in nav_titles(nav):
            if title in translations:
                continue
            found.append(
                Diagnostic(
                    "T103",
                    CODES["T103"].severity,
                    f"the nav title '{title}' has no {names.get(locale, locale)} translation.",
                    path,
                    line_of(path, f"{title}:"),
                    f"Add '{title}: ...' under nav_translations of the '{locale}' language "
                    "(plugins > i18n > languages).",
                    title,
                )
            )
    return found
