"""Split Material's merged search index into one index per language.

mkdocs-static-i18n writes a single ``search/search_index.json`` holding every
language, so a reader searching the Indonesian site gets English hits and the
reverse (ultrabug/mkdocs-static-i18n#271). Each language root gets its own
index here; the page template points Material's search at its language root.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from sosialisasi.site.languages import Language

# lunr pipeline per language: English gets Material's own English pipeline back (its
# stop-word filter). No stemmer: Material searches each word as a prefix ("timeline*"),
# and a prefix is never matched against a stemmed index ("timelin"), so a stemmer made
# words of a page's own title unfindable. lunr has no Indonesian support, so Indonesian
# matches whole words (as prefixes) too.
PIPELINES: dict[str, list[str]] = {"en": ["stopWordFilter"]}


def split_index(index: dict[str, Any], languages: Sequence[Language]) -> dict[str, dict[str, Any]]:
    """Return ``{prefix: index}``: one index per language, locations relative to its root."""
    prefixed = sorted(
        (lang for lang in languages if lang.prefix), key=lambda lang: -len(lang.prefix)
    )
    result: dict[str, dict[str, Any]] = {}
    for lang in languages:
        part = {"config": copy.deepcopy(index.get("config", {})), "docs": []}
        part["config"]["lang"] = [lang.locale] if lang.locale in PIPELINES else ["en"]
        part["config"]["pipeline"] = PIPELINES.get(lang.locale, [])
        result[lang.prefix] = part
    for doc in index.get("docs", []):
        location = doc.get("location", "")
        owner = next((lang for lang in prefixed if location.startswith(lang.prefix)), None)
        if owner is None:
            target = next(lang for lang in languages if not lang.prefix)
            result[target.prefix]["docs"].append(doc)
        else:
            moved = dict(doc, location=location[len(owner.prefix) :])
            result[owner.prefix]["docs"].append(moved)
    return result
