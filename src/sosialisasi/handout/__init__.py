"""Printable handouts: a page that prints as one A4 sheet and says where it comes from.

A handout is an ordinary content page; ``assets/handout.css`` hides the site's chrome in
print and sets compact type, and the foot line added here names the site, the page's
address and its review date, so a sheet found on a desk can be traced and dated.
"""

from __future__ import annotations

import datetime as dt

from markupsafe import escape

from sosialisasi.address import example_note, is_example

REVIEWED = {"id": "Ditinjau", "en": "Reviewed"}


def source_line(site_name: str, address: str, reviewed: object, locale: str) -> str:
    """The sheet's foot line (print only): site · address · reviewed date."""
    parts = [str(escape(site_name)), str(escape(address))]
    if isinstance(reviewed, dt.date | str) and str(reviewed):
        label = REVIEWED.get(locale, REVIEWED["en"])
        value = reviewed.isoformat() if isinstance(reviewed, dt.date) else reviewed
        parts.append(f"{label} {escape(value)}")
    text = " · ".join(part for part in parts if part)
    if is_example(address):  # printed on every sheet until the site has its address
        text += f'<br><strong class="handout-example">{escape(example_note(locale))}</strong>'
    return f'<p class="handout-source" data-search-exclude>{text}</p>'
