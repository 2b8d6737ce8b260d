"""Typed region data: who the regional government is and which circulars it issued.

Every field is optional: a region fills in what it knows, and a page that shows
an empty field says so ("belum diisi") instead of inventing a value. Names and
titles are proper nouns (one string for every language); prose that a reader
reads, such as a circular's summary, is given per language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"


# How a level reads in a sentence, per language ("Pemerintah Kabupaten …" / "… Regency").
LEVEL_LABELS: dict[Level, dict[str, str]] = {
    Level.PROVINSI: {"id": "provinsi", "en": "province"},
    Level.KABUPATEN: {"id": "kabupaten", "en": "regency"},
    Level.KOTA: {"id": "kota", "en": "city"},
}

# Per-language text, e.g. {"id": "…", "en": "…"}; a missing language counts as empty.
LocalText = dict[str, str]


@dataclass(frozen=True)
class Source:
    """Where a fact comes from, so region pages can cite it."""

    key: str
    title: str = ""
    publisher: str = ""
    date: dt.date | None = None
    url: str = ""


@dataclass(frozen=True)
class Official:
    """A named office holder, e.g. the head of region ("Pj Bupati") or the regional secretary."""

    name: str = ""
    title: str = ""
    as_of: dt.date | None = None  # the date on which the source reports this person in office
    source: str = ""  # key of a Source


@dataclass(frozen=True)
class Contact:
    """Where civil servants or the public report a suspected neutrality breach."""

    name: str = ""  # proper noun, e.g. "Bawaslu Kabupaten Sinjai"
    role: LocalText = field(default_factory=dict)  # what to report there, per language
    phone: str = ""
    email: str = ""
    url: str = ""
    address: str = ""
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True)
class Circular:
    """A regional circular (surat edaran) on ASN neutrality."""

    number: str = ""
    date: dt.date | None = None
    title: str = ""  # the official title, as printed on the circular
    summary: LocalText = field(default_factory=dict)
    link: str = ""  # where the official copy is published (http/https)
    file: str = ""  # a copy inside the region's content folder, e.g. daerah/se-netralitas.pdf
    source: str = ""
    unknown: tuple[str, ...] = ()  # fields known to be missing (shown, but not a build failure)


@dataclass(frozen=True)
class Region:
    """Everything a region adds to the national guidance, as data."""

    slug: str = ""
    name: str = ""  # official name, e.g. "Pemerintah Kabupaten Jembrana"
    short_name: str = ""  # e.g. "Pemkab Jembrana"
    level: Level | None = None
    site_name: LocalText = field(default_factory=dict)  # per-language site title
    nav_title: LocalText = field(default_factory=dict)  # title of the region's nav section
    head: Official = field(default_factory=Official)
    secretary: Official = field(default_factory=Official)
    contacts: tuple[Contact, ...] = ()
    circulars: tuple[Circular, ...] = ()
    sources: tuple[Source, ...] = ()
    unknown: tuple[str, ...] = ()  # top-level fields known to be missing

    @property
    def configured(self) -> bool:
        return bool(self.slug or self.name)

    def source(self, key: str) -> Source | None:
        return next((s for s in self.sources if s.key == key), None)


# The field names a region file may use, per object: the loader rejects anything
# else with a did-you-mean hint, and the templates expose exactly these.
REGION_FIELDS = (
    "name",
    "short_name",
    "level",
    "site_name",
    "nav_title",
    "head",
    "secretary",
    "contacts",
    "circulars",
    "sources",
    "unknown",
)
OFFICIAL_FIELDS = ("name", "title", "as_of", "source")
CONTACT_FIELDS = ("name", "role", "phone", "email", "url", "address", "unknown")
CIRCULAR_FIELDS = ("number", "date", "title", "summary", "link", "file", "source", "unknown")
SOURCE_FIELDS = ("key", "title", "publisher", "date", "url")

EMPTY_REGION = Region()
