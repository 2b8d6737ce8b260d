"""What the pledge page's readiness list shows: every quiz of the site and where it is.

The list is written at build time (bank titles, links to the pages that show each
bank, its question ids and answer-key hashes), so it works offline and without
fetching anything. In the browser, ikrar.js asks the quiz's own read API
(``window.sosialisasiQuiz.progress``) for the reader's saved progress and fills in
each bank's status. It informs; it never stops anyone from signing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sosialisasi.quiz.catalog import Catalog


@dataclass(frozen=True)
class QuizLink:
    title: str
    url: str


@dataclass(frozen=True)
class ReadinessBank:
    """One quiz bank as the readiness list shows it."""

    id: str
    title: str
    questions: tuple[tuple[str, str], ...]  # (question id, answer-key hash), as quiz.js saves
    links: tuple[QuizLink, ...]  # the page showing the whole bank, else every page with a part


def readiness_banks(
    catalog: Catalog,
    locale: str,
    url_of: Callable[[str], str | None],
    reading_order: Sequence[str] = (),
) -> list[ReadinessBank]:
    """The site's banks in reading order (nav order of the first page showing each).

    ``url_of`` turns a page path under docs ('materi/larangan.md') into a URL relative
    to the pledge page, or None when the page is not part of this build.
    """
    fallback = catalog.locales[0] if catalog.locales else locale
    order = {doc: index for index, doc in enumerate(reading_order)}
    result: list[tuple[int, ReadinessBank]] = []
    for bank_id, report in catalog.reports.items():
        bank = report.bank
        if bank is None:
            continue
        showing = [
            page
            for page in catalog.pages
            if page.quiz is not None and page.quiz.bank == bank_id and page.locale in (locale, None)
        ]
        whole = [page for page in showing if page.quiz is not None and not page.quiz.questions]
        links = []
        for page in sorted(whole or showing, key=lambda p: order.get(p.doc, len(order))):
            url = url_of(page.doc)
            if url is not None:
                links.append(QuizLink(page.title or page.doc, url))
        if not links:
            continue  # no page of this language shows it: nothing to do on this site
        first = min(order.get(page.doc, len(order)) for page in showing)
        result.append(
            (
                first,
                ReadinessBank(
                    id=bank_id,
                    title=bank.title.get(locale, fallback),
                    questions=tuple((q.id, q.key_hash) for q in bank.questions),
                    links=tuple(links),
                ),
            )
        )
    return [bank for _, bank in sorted(result, key=lambda item: (item[0], item[1].id))]
