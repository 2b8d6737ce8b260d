"""The notice readers see on a page past its review date, in their language."""

from __future__ import annotations

import datetime as dt

from sosialisasi.region.template import format_date

_NOTICES = {
    "id": (
        "Halaman ini seharusnya ditinjau ulang paling lambat {date}. Isinya mungkin sudah "
        "tidak mutakhir; periksa aturan dan sumber resminya."
    ),
    "en": (
        "This page was due for review by {date}. It may be out of date; check the current "
        "rules and their official sources."
    ),
}


def review_notice(locale: str, due: dt.date) -> str:
    """'Halaman ini seharusnya ditinjau ulang paling lambat 23 Mei 2027. ...'"""
    language = locale if locale in _NOTICES else "en"
    return _NOTICES[language].format(date=format_date(due, language))


def is_past(due: dt.date | None, today: dt.date) -> bool:
    return due is not None and due < today
