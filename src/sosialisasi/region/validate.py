"""Turn a region file into typed `Region` data, reporting every problem it finds.

Validation never stops at the first problem: a regional author fixes a whole
list at once. A field with a problem is left empty, so a page that shows it
renders the "belum diisi" marker rather than a wrong value.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from sosialisasi.diagnostics import Diagnostic, Severity, one_line
from sosialisasi.region.load import RawRegion, child_path, read_region_file
from sosialisasi.region.model import (
    CIRCULAR_FIELDS,
    CONTACT_FIELDS,
    OFFICIAL_FIELDS,
    REGION_FIELDS,
    SOURCE_FIELDS,
    Circular,
    Contact,
    Level,
    LocalText,
    Official,
    Region,
    Source,
)

DEFAULT_LOCALES = ("id", "en")
SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s<>()\"'`]+$")
EMAIL = re.compile(r"^[^@\s<>()\"']+@[^@\s<>()\"']+\.[A-Za-z]{2,}$")
SOURCE_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


# Addresses every built site already uses (a region at /<slug>/ would hide them), and
# names Windows cannot give a folder (a fork is often edited on Windows).
RESERVED_SLUGS = frozenset(
    {"assets", "search", "kuis", "admin", "base", "en", "id"}
    | {"con", "prn", "aux", "nul"}
    | {f"{device}{n}" for device in ("com", "lpt") for n in range(10)}
)
MAX_SLUG = 63  # one DNS label, and far below any file system's name limit


def slug_problem(slug: str) -> str:
    """Why `slug` cannot name a region folder, or '' when it can."""
    shown = one_line(slug if len(slug) <= 70 else slug[:67] + "...")
    if len(slug) > MAX_SLUG:
        return f"'{shown}' is too long for a region slug: use at most {MAX_SLUG} characters"
    if not SLUG.match(slug):
        return (
            f"'{shown}' is not a valid region slug: use lowercase letters, digits and single "
            "hyphens, starting with a letter (e.g. 'jembrana', 'kota-denpasar')"
        )
    if slug in RESERVED_SLUGS:
        return (
            f"'{slug}' cannot be a region slug: the site or Windows already uses that name; "
            "use the region's name (e.g. 'kota-denpasar')"
        )
    return ""


class _Validator:
    def __init__(self, raw: RawRegion, locales: Sequence[str], content_dir: Path | None):
        self.raw = raw
        self.locales = tuple(locales)
        self.content_dir = content_dir
        self.found: list[Diagnostic] = []

    # -- reporting ---------------------------------------------------------------------------
    def report(
        self, code: str, path: str, message: str, hint: str, severity: Severity = Severity.ERROR
    ) -> None:
        self.found.append(
            Diagnostic(
                code,
                severity,
                message,
                file=self.raw.path,
                line=self.raw.line(path),
                hint=hint,
                subject=path,
            )
        )

    def wrong_type(self, path: str, expected: str, value: Any, hint: str = "") -> None:
        got = type(value).__name__ if value is not None else "nothing"
        self.report(
            "R105",
            path,
            f"'{path}' must be {expected}, not {got}",
            hint or f"write {expected} here (see the commented template from new-region)",
        )

    # -- field readers -----------------------------------------------------------------------
    def mapping(self, value: Any, path: str, allowed: Sequence[str]) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.wrong_type(path, "a mapping of fields", value)
            return {}
        result = {}
        for key, item in value.items():
            name = str(key)
            if name not in allowed:
                close = difflib.get_close_matches(name, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(allowed)}"
                self.report(
                    "R104",
                    child_path(path, name),
                    f"unknown field '{name}' in '{path or '/'}'",
                    hint,
                )
                continue
            result[name] = item
        return result

    def text(self, value: Any, path: str) -> str:
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.wrong_type(path, "text", value)
            return ""
        if isinstance(value, int):
            self.wrong_type(
                path, "text", value, "put the value in quotes so YAML keeps it exactly as written"
            )
            return ""
        return value.strip()

    def local_text(self, value: Any, path: str) -> LocalText:
        if value is None:
            return {}
        if isinstance(value, str):
            self.report(
                "R108",
                path,
                f"'{path}' is prose a reader reads, so it is given per language",
                f'write it as {{id: "…", en: "…"}} with the languages {", ".join(self.locales)}',
            )
            return {}
        if not isinstance(value, dict):
            self.wrong_type(path, "a per-language text {id: …, en: …}", value)
            return {}
        result: LocalText = {}
        for key, item in value.items():
            locale = str(key)
            sub = child_path(path, locale)
            if locale not in self.locales:
                self.report(
                    "R108",
                    sub,
                    f"'{locale}' is not a language of this site",
                    f"use one of: {', '.join(self.locales)}",
                )
                continue
            text = self.text(item, sub)
            if text:
                result[locale] = text
        return result

    def date(self, value: Any, path: str) -> dt.date | None:
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.report(
            "R107",
            path,
            f"'{value}' is not a date",
            "write the date as YYYY-MM-DD, e.g. 2024-10-08; leave it empty if it is not known",
        )
        return None

    def url(self, value: Any, path: str) -> str:
        text = self.text(value, path)
        if text and not URL.match(text):
            self.report(
                "R109",
                path,
                f"'{text}' is not a web address this site can link to",
                "give a full http:// or https:// address without spaces, quotes or brackets",
            )
            return ""
        return text

    def email(self, value: Any, path: str) -> str:
        text = self.text(value, path)
        if text and not EMAIL.match(text):
            self.report(
                "R110", path, f"'{text}' is not an e-mail address", "e.g. name@example.go.id"
            )
            return ""
        return text

    def content_file(self, value: Any, path: str) -> str:
        text = self.text(value, path)
        if not text:
            return ""
        pure = PurePosixPath(text)
        if pure.is_absolute() or ".." in pure.parts or "\\" in text:
            self.report(
                "R111",
                path,
                f"'{text}' must be a path inside the region's content folder",
                "e.g. daerah/se-netralitas.pdf (relative to regions/<slug>/content/)",
            )
            return ""
        if self.content_dir is not None and not (self.content_dir / pure).is_file():
            self.report(
                "R111",
                path,
                f"file '{text}' was not found in {self.content_dir}",
                "copy the file there or correct the path",
            )
            return ""
        return pure.as_posix()

    def items(self, value: Any, path: str) -> list[tuple[str, Any]]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.wrong_type(path, "a list (each entry starting with '- ')", value)
            return []
        return [(child_path(path, index), item) for index, item in enumerate(value)]

    def unknown_list(self, value: Any, path: str, owner: str, allowed: Sequence[str]) -> tuple:
        if value is None:
            return ()
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            self.wrong_type(path, "a list of field names", value)
            return ()
        result = []
        for name in names:
            if name not in allowed or name == "unknown":
                close = difflib.get_close_matches(name, allowed, n=1)
                self.report(
                    "R114",
                    path,
                    f"'{name}' in '{path}' is not a field of {owner or 'the region'}",
                    f"did you mean '{close[0]}'?" if close else f"known: {', '.join(allowed)}",
                )
                continue
            result.append(name)
        return tuple(result)

    # -- objects -----------------------------------------------------------------------------
    def official(self, value: Any, path: str) -> Official:
        data = self.mapping(value, path, OFFICIAL_FIELDS)
        return Official(
            name=self.text(data.get("name"), child_path(path, "name")),
            title=self.text(data.get("title"), child_path(path, "title")),
            as_of=self.date(data.get("as_of"), child_path(path, "as_of")),
            source=self.text(data.get("source"), child_path(path, "source")),
        )

    def contact(self, value: Any, path: str) -> Contact:
        data = self.mapping(value, path, CONTACT_FIELDS)
        sub = lambda key: child_path(path, key)  # noqa: E731
        return Contact(
            name=self.text(data.get("name"), sub("name")),
            role=self.local_text(data.get("role"), sub("role")),
            phone=self.text(data.get("phone"), sub("phone")),
            email=self.email(data.get("email"), sub("email")),
            url=self.url(data.get("url"), sub("url")),
            address=self.text(data.get("address"), sub("address")),
            unknown=self.unknown_list(data.get("unknown"), sub("unknown"), path, CONTACT_FIELDS),
        )

    def circular(self, value: Any, path: str) -> Circular:
        data = self.mapping(value, path, CIRCULAR_FIELDS)
        sub = lambda key: child_path(path, key)  # noqa: E731
        return Circular(
            number=self.text(data.get("number"), sub("number")),
            date=self.date(data.get("date"), sub("date")),
            title=self.text(data.get("title"), sub("title")),
            summary=self.local_text(data.get("summary"), sub("summary")),
            link=self.url(data.get("link"), sub("link")),
            file=self.content_file(data.get("file"), sub("file")),
            source=self.text(data.get("source"), sub("source")),
            unknown=self.unknown_list(data.get("unknown"), sub("unknown"), path, CIRCULAR_FIELDS),
        )

    def source(self, value: Any, path: str) -> Source | None:
        data = self.mapping(value, path, SOURCE_FIELDS)
        key = self.text(data.get("key"), child_path(path, "key"))
        if not key or not SOURCE_KEY.match(key):
            self.report(
                "R117",
                child_path(path, "key"),
                f"source '{path}' needs a short key (letters, digits, '-', '_', '.')",
                "e.g. key: S01; officials and circulars cite it with source: S01",
            )
            return None
        return Source(
            key=key,
            title=self.text(data.get("title"), child_path(path, "title")),
            publisher=self.text(data.get("publisher"), child_path(path, "publisher")),
            date=self.date(data.get("date"), child_path(path, "date")),
            url=self.url(data.get("url"), child_path(path, "url")),
        )

    # -- whole file --------------------------------------------------------------------------
    def region(self, slug: str) -> Region:
        data = self.mapping(self.raw.data, "", REGION_FIELDS)
        level = None
        if data.get("level") not in (None, ""):
            raw_level = data["level"]
            try:
                level = Level(str(raw_level).strip().lower())
            except ValueError:
                self.report(
                    "R106",
                    "level",
                    f"'{raw_level}' is not a level of regional government",
                    "use provinsi, kabupaten or kota",
                )
        sources: list[Source] = []
        for path, item in self.items(data.get("sources"), "sources"):
            source = self.source(item, path)
            if source is None:
                continue
            if any(s.key == source.key for s in sources):
                self.report(
                    "R116", path, f"source key '{source.key}' is used twice", "give each a new key"
                )
                continue
            sources.append(source)
        region = Region(
            slug=slug,
            name=self.text(data.get("name"), "name"),
            short_name=self.text(data.get("short_name"), "short_name"),
            level=level,
            site_name=self.local_text(data.get("site_name"), "site_name"),
            nav_title=self.local_text(data.get("nav_title"), "nav_title"),
            head=self.official(data.get("head"), "head"),
            secretary=self.official(data.get("secretary"), "secretary"),
            contacts=tuple(
                self.contact(v, p) for p, v in self.items(data.get("contacts"), "contacts")
            ),
            circulars=tuple(
                self.circular(v, p) for p, v in self.items(data.get("circulars"), "circulars")
            ),
            sources=tuple(sources),
            unknown=self.unknown_list(data.get("unknown"), "unknown", "", REGION_FIELDS),
        )
        self.cross_check(region)
        return region

    def cross_check(self, region: Region) -> None:
        keys = {s.key for s in region.sources}
        cited: list[tuple[str, str]] = [("head.source", region.head.source)]
        cited.append(("secretary.source", region.secretary.source))
        cited += [(f"circulars[{i}].source", c.source) for i, c in enumerate(region.circulars)]
        for path, key in cited:
            if key and key not in keys:
                self.report(
                    "R113",
                    path,
                    f"source '{key}' is not listed under 'sources'",
                    "add it under sources: (key, title, url) or correct the key",
                )
        numbers: dict[str, int] = {}
        for index, circular in enumerate(region.circulars):
            if not circular.number:
                continue
            if circular.number in numbers:
                self.report(
                    "R112",
                    f"circulars[{index}].number",
                    f"circular number '{circular.number}' is listed twice "
                    f"(also circulars[{numbers[circular.number]}])",
                    "remove the duplicate entry",
                )
            numbers.setdefault(circular.number, index)
        self.filled_but_unknown(region)

    def filled_but_unknown(self, region: Region) -> None:
        checks: list[tuple[str, Callable[[str], Any], tuple[str, ...]]] = [
            ("", lambda name: getattr(region, name), region.unknown)
        ]
        for i, circular in enumerate(region.circulars):
            checks.append(
                (f"circulars[{i}]", lambda n, c=circular: getattr(c, n), circular.unknown)
            )
        for i, contact in enumerate(region.contacts):
            checks.append((f"contacts[{i}]", lambda n, c=contact: getattr(c, n), contact.unknown))
        for owner, get, names in checks:
            for name in names:
                value = get(name)
                if value and value != Official():
                    self.report(
                        "R115",
                        child_path(owner, "unknown"),
                        f"'{name}' is listed as unknown but has a value",
                        f"remove '{name}' from unknown:",
                        Severity.WARNING,
                    )


def validate_region(
    raw: RawRegion,
    *,
    slug: str = "",
    locales: Sequence[str] = DEFAULT_LOCALES,
    content_dir: Path | None = None,
) -> tuple[Region, list[Diagnostic]]:
    """Typed region data from a parsed file, plus every problem found in it."""
    validator = _Validator(raw, locales, content_dir)
    region = validator.region(slug or raw.path.parent.name)
    return region, validator.found


def load_region(
    path: Path,
    *,
    slug: str = "",
    locales: Sequence[str] = DEFAULT_LOCALES,
    content_dir: Path | None = None,
) -> tuple[Region | None, list[Diagnostic]]:
    """Read and validate a region file; `None` when the file cannot be used at all."""
    raw, found = read_region_file(path)
    if raw is None:
        return None, found
    region, more = validate_region(raw, slug=slug, locales=locales, content_dir=content_dir)
    return region, found + more
