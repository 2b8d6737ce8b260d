"""The public progress contract: storage key and the site-wide list of banks.

Readers' answers are kept by quiz.js in ``localStorage[STORAGE_KEY]`` as JSON:
``{bank id: {question id: {"h": key hash, "a": [chosen option ids], "ok": bool}}}``.
An entry counts only while its ``h`` equals the question's current ``key_hash``.
``quizzes.json`` (built by ``build_manifest``) lists every bank with its question
ids and hashes, so a page without quizzes (the pledge page) can compute readiness
without loading every quiz page. Documented for authors in the quiz guide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sosialisasi.quiz.model import Bank

STORAGE_KEY = "sosialisasi.quiz.v1"
MANIFEST_VERSION = 1
MANIFEST_PATH = "assets/sosialisasi/quizzes.json"


def build_manifest(
    banks: Sequence[Bank],
    locales: Sequence[str],
    pages: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
) -> dict[str, Any]:
    """``pages``: bank id -> locale -> site-relative URLs of the pages showing it."""
    pages = pages or {}
    return {
        "version": MANIFEST_VERSION,
        "storage_key": STORAGE_KEY,
        "banks": [
            {
                "id": bank.id,
                "title": {locale: bank.title.get(locale) for locale in locales},
                "pages": {
                    locale: sorted(set(urls)) for locale, urls in pages.get(bank.id, {}).items()
                },
                "questions": [{"id": q.id, "hash": q.key_hash} for q in bank.questions],
            }
            for bank in sorted(banks, key=lambda b: b.id)
        ],
    }
