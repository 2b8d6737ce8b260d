"""Form fields for every region.yml field, in Indonesian, checked like the R1xx rules.

The form is generated from the region model (`sosialisasi.region.model`): each
object's field list (``REGION_FIELDS``, ``CIRCULAR_FIELDS``, …) must have a label
here, so a field added to the model without a form field fails the tests instead
of silently missing from the editor. Patterns are the validator's own regular
expressions, so the form refuses what ``sosialisasi check`` would report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sosialisasi.region.model import (
    CIRCULAR_FIELDS,
    CONTACT_FIELDS,
    OFFICIAL_FIELDS,
    REGION_FIELDS,
    SOURCE_FIELDS,
    Level,
)
from sosialisasi.region.validate import EMAIL, SOURCE_KEY, URL

Field = dict[str, Any]
# (label, hint) per field name, per object of the model.
Labels = dict[str, tuple[str, str]]

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}

REGION_LABELS: Labels = {
    "name": (
        "Nama resmi pemerintah daerah",
        "Persis seperti pada dokumen resmi, mis. Pemerintah Kabupaten Jembrana.",
    ),
    "short_name": ("Nama singkat", "Mis. Pemkab Jembrana. Dipakai di judul halaman."),
    "level": ("Tingkat pemerintahan", "Provinsi, kabupaten, atau kota."),
    "site_name": ("Judul situs", "Judul situs dalam setiap bahasa."),
    "nav_title": (
        "Judul menu daerah",
        "Judul bagian menu yang memuat halaman daerah. Kosongkan untuk memakai nama singkat.",
    ),
    "head": ("Kepala daerah", "Gubernur, bupati, atau wali kota (termasuk Pj atau Pjs)."),
    "secretary": ("Sekretaris daerah", "Sekda yang menjabat menurut sumber."),
    "contacts": (
        "Kontak pelaporan",
        "Tempat ASN dan masyarakat melaporkan dugaan pelanggaran netralitas.",
    ),
    "circulars": ("Surat edaran", "Surat edaran daerah tentang netralitas ASN."),
    "sources": (
        "Sumber",
        "Dari mana setiap fakta berasal. Pejabat dan surat edaran merujuk kodenya (mis. S01).",
    ),
    "unknown": (
        "Diketahui belum ada",
        "Bagian yang memang belum ada sumbernya. Situs tetap menulis 'belum diisi', "
        "tetapi build tidak gagal.",
    ),
}
OFFICIAL_LABELS: Labels = {
    "name": ("Nama", "Nama lengkap dengan gelar, persis seperti pada sumber."),
    "title": ("Jabatan", "Mis. Pj Bupati Jembrana."),
    "as_of": ("Menjabat per tanggal", "Tanggal sumber menyebut orang ini menjabat."),
    "source": ("Kode sumber", "Kode dari daftar Sumber di bawah, mis. S01."),
}
CONTACT_LABELS: Labels = {
    "name": ("Nama instansi", "Mis. Bawaslu Kabupaten Jembrana."),
    "role": ("Apa yang dilaporkan di sini", "Satu kalimat dalam setiap bahasa."),
    "phone": ("Telepon", "Nomor lengkap dengan kode wilayah."),
    "email": ("Surel", "Mis. nama@example.go.id."),
    "url": ("Situs web", "Alamat lengkap yang diawali https://."),
    "address": ("Alamat", "Alamat kantor."),
    "unknown": ("Diketahui belum ada", "Bagian kontak yang belum ada sumbernya."),
}
CIRCULAR_LABELS: Labels = {
    "number": ("Nomor surat edaran", "Persis seperti tercetak, mis. 800.1.6.4/1234/BKPSDM."),
    "date": ("Tanggal surat edaran", "Tanggal penetapan."),
    "title": ("Judul resmi", "Perihal, persis seperti tercetak."),
    "summary": ("Ringkasan", "Isi pokoknya dalam dua atau tiga kalimat, dalam setiap bahasa."),
    "link": ("Tautan salinan resmi", "Alamat lengkap yang diawali https://."),
    "file": ("Berkas salinan (PDF)", "Unggah salinan surat edaran jika boleh disebarkan."),
    "source": ("Kode sumber", "Kode dari daftar Sumber, mis. S01."),
    "unknown": ("Diketahui belum ada", "Bagian surat edaran yang belum ada sumbernya."),
}
SOURCE_LABELS: Labels = {
    "key": ("Kode", "Kode pendek yang unik, mis. S01. Wajib diisi."),
    "title": ("Judul", "Judul berita atau dokumen."),
    "publisher": ("Penerbit", "Mis. Antara Bali."),
    "date": ("Tanggal terbit", ""),
    "url": ("Alamat", "Alamat lengkap yang diawali https://."),
}
# Every object of the model, with its field list and labels: the drift guard.
OBJECTS: dict[str, tuple[Sequence[str], Labels]] = {
    "region": (REGION_FIELDS, REGION_LABELS),
    "official": (OFFICIAL_FIELDS, OFFICIAL_LABELS),
    "contact": (CONTACT_FIELDS, CONTACT_LABELS),
    "circular": (CIRCULAR_FIELDS, CIRCULAR_LABELS),
    "source": (SOURCE_FIELDS, SOURCE_LABELS),
}
LEVEL_OPTIONS = {Level.PROVINSI: "Provinsi", Level.KABUPATEN: "Kabupaten", Level.KOTA: "Kota"}
# A path inside the content folder: no absolute path, no '..', no backslash (R111).
CONTENT_FILE = r"^(?![/\\])(?!.*(?:^|/)\.\.(?:/|$))[^\\]+$"

MESSAGES = {
    "url": "Tulis alamat lengkap yang diawali http:// atau https://, tanpa spasi, kutip, "
    "atau tanda kurung.",
    "email": "Ini bukan alamat surel, contohnya nama@example.go.id.",
    "source": "Kode hanya boleh berisi huruf, angka, '-', '_' dan '.', mis. S01.",
    "file": "Berkas harus berada di dalam folder content/ daerah ini.",
}


def _field(name: str, labels: Labels, widget: str, *, required: bool = False, **more) -> Field:
    label, hint = labels[name]
    field: Field = {"name": name, "label": label, "widget": widget, "required": required}
    if hint:
        field["hint"] = hint
    field.update(more)
    return field


def _pattern(regex: str, message: str) -> list[str]:
    return [regex, message]


def _date(name: str, labels: Labels, **more) -> Field:
    # A native date input: the browser refuses a date that does not exist (R107).
    return _field(
        name,
        labels,
        "datetime",
        format="YYYY-MM-DD",
        date_format="YYYY-MM-DD",
        time_format=False,
        **more,
    )


def _local_text(name: str, labels: Labels, locales: Sequence[str], widget: str) -> Field:
    """Prose per language (R108): one input per site language."""
    label = labels[name][0]
    parts = [
        {
            "name": locale,
            "label": f"{label} ({LANGUAGE_NAMES.get(locale, locale)})",
            "widget": widget,
            "required": False,
        }
        for locale in locales
    ]
    return _field(name, labels, "object", fields=parts, collapsed=False)


def _unknown(labels: Labels, allowed: Sequence[str], names: Labels) -> Field:
    options = [
        {"label": names[field][0], "value": field} for field in allowed if field != "unknown"
    ]
    return _field("unknown", labels, "select", multiple=True, options=options, default=[])


def _source_key(name: str, labels: Labels, *, required: bool = False) -> Field:
    return _field(
        name,
        labels,
        "string",
        required=required,
        pattern=_pattern(SOURCE_KEY.pattern, MESSAGES["source"]),
    )


def _url(name: str, labels: Labels) -> Field:
    return _field(name, labels, "string", pattern=_pattern(URL.pattern, MESSAGES["url"]))


def official_fields() -> list[Field]:
    labels = OFFICIAL_LABELS
    return [
        _field("name", labels, "string"),
        _field("title", labels, "string"),
        _date("as_of", labels),
        _source_key("source", labels),
    ]


def contact_fields(locales: Sequence[str]) -> list[Field]:
    labels = CONTACT_LABELS
    return [
        _field("name", labels, "string"),
        _local_text("role", labels, locales, "string"),
        _field("phone", labels, "string"),
        _field("email", labels, "string", pattern=_pattern(EMAIL.pattern, MESSAGES["email"])),
        _url("url", labels),
        _field("address", labels, "text"),
        _unknown(labels, CONTACT_FIELDS, CONTACT_LABELS),
    ]


def circular_fields(locales: Sequence[str], media: dict[str, str]) -> list[Field]:
    labels = CIRCULAR_LABELS
    return [
        _field("number", labels, "string"),
        _date("date", labels),
        _field("title", labels, "string"),
        _local_text("summary", labels, locales, "text"),
        _url("link", labels),
        _field(
            "file",
            labels,
            "file",
            pattern=_pattern(CONTENT_FILE, MESSAGES["file"]),
            media_library={"config": {"multiple": False}},
            **media,
        ),
        _source_key("source", labels),
        _unknown(labels, CIRCULAR_FIELDS, CIRCULAR_LABELS),
    ]


def source_fields() -> list[Field]:
    labels = SOURCE_LABELS
    return [
        _source_key("key", labels, required=True),
        _field("title", labels, "string"),
        _field("publisher", labels, "string"),
        _date("date", labels),
        _url("url", labels),
    ]


def region_fields(locales: Sequence[str], media: dict[str, str]) -> list[Field]:
    """The whole region.yml form, in the order of ``REGION_FIELDS``."""
    labels = REGION_LABELS
    by_name: dict[str, Field] = {
        "name": _field("name", labels, "string", required=True),
        "short_name": _field("short_name", labels, "string"),
        "level": _field(
            "level",
            labels,
            "select",
            required=True,
            options=[
                {"label": text, "value": level.value} for level, text in LEVEL_OPTIONS.items()
            ],
        ),
        "site_name": _local_text("site_name", labels, locales, "string"),
        "nav_title": _local_text("nav_title", labels, locales, "string"),
        "head": _field("head", labels, "object", fields=official_fields(), collapsed=False),
        "secretary": _field(
            "secretary", labels, "object", fields=official_fields(), collapsed=False
        ),
        "contacts": _field(
            "contacts",
            labels,
            "list",
            label_singular="kontak",
            summary="{{fields.name}}",
            collapsed=False,
            fields=contact_fields(locales),
            default=[],
        ),
        "circulars": _field(
            "circulars",
            labels,
            "list",
            label_singular="surat edaran",
            summary="{{fields.number}} {{fields.title}}",
            collapsed=False,
            fields=circular_fields(locales, media),
            default=[],
        ),
        "sources": _field(
            "sources",
            labels,
            "list",
            label_singular="sumber",
            summary="{{fields.key}}: {{fields.title}}",
            fields=source_fields(),
            default=[],
        ),
        "unknown": _unknown(labels, REGION_FIELDS, REGION_LABELS),
    }
    return [by_name[name] for name in REGION_FIELDS]
