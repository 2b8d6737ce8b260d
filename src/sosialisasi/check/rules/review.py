"""D1xx: content past its review date (warning) or close to it (info).

Readers of a page past its ``review_by`` date see a notice in their language (the
``sosialisasi/check`` plugin); this tells authors before readers notice.
``SOSIALISASI_TODAY=YYYY-MM-DD`` pretends another day.
"""

from __future__ import annotations

from collections.abc import Iterable

from sosialisasi.check.codes import CODES
from sosialisasi.check.settings import as_date, today
from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic

NAME = "review"


def check(site: Site) -> Iterable[Diagnostic]:
    now = today()
    soon = site.settings.review_soon_days
    found: list[Diagnostic] = []
    for page in site.checked:
        data = page.meta.data or {}
        due = as_date(data.get("review_by"))
        if due is None:
            continue  # F105 says why
        line = page.meta.lines.get("review_by")
        days = (due - now).days
        if days < 0:
            found.append(
                Diagnostic(
                    "D101",
                    CODES["D101"].severity,
                    f"the page was due for review on {due} ({-days} days ago); readers see "
                    "a notice that it may be out of date.",
                    page.path,
                    line,
                    "Check the page against its sources, then set last_reviewed to today "
                    "and review_by to the next review date.",
                    "review_by",
                )
            )
        elif days <= soon:
            found.append(
                Diagnostic(
                    "D102",
                    CODES["D102"].severity,
                    f"the page is due for review on {due} (in {days} days).",
                    page.path,
                    line,
                    "Plan the review: check the page against its sources before that date.",
                    "review_by",
                )
            )
    return found
