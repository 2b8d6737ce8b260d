"""Hypothesis strategies for what authors write: quiz banks, region files, page frontmatter.

Valid documents are built from the models' rules (ids, one correct option, both
languages, known levels); broken ones come from them by mutation: a key dropped,
a value of the wrong kind, huge or strange text, deep nesting, YAML alias bombs
within reason, damaged YAML text and bytes that are not UTF-8.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

import yaml
from hypothesis import strategies as st

LOCALES = ("id", "en")

ids = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}\Z")
# Text an author could type: letters of several scripts, punctuation, Markdown, emoji.
words = st.text(
    alphabet=st.characters(
        categories=("L", "N", "P", "Zs", "S"), exclude_characters="\x85\u2028\u2029"
    ),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() != "")
localized = st.fixed_dictionaries({locale: words for locale in LOCALES})
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def questions(draw: st.DrawFn, qid: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(["single", "multiple", "true-false"]))
    if kind == "true-false":
        right = draw(st.sampled_from(["true", "false"]))
        options = [{"id": o, "correct": o == right} for o in ("true", "false")]
    else:
        option_ids = draw(st.lists(ids, min_size=2, max_size=5, unique=True))
        if kind == "single":
            right_index = draw(st.integers(0, len(option_ids) - 1))
            flags = [i == right_index for i in range(len(option_ids))]
        else:
            flags = draw(
                st.lists(st.booleans(), min_size=len(option_ids), max_size=len(option_ids))
            )
            if not any(flags):
                flags[0] = True
        options = [
            {"id": o, "text": draw(localized), "correct": flag}
            for o, flag in zip(option_ids, flags, strict=True)
        ]
        for option in options:
            if draw(st.booleans()):
                option["feedback"] = draw(localized)
    question: dict[str, Any] = {
        "id": qid,
        "type": kind,
        "text": draw(localized),
        "options": options,
        "explanation": draw(localized),
        "basis": draw(st.one_of(words, st.lists(words, min_size=1, max_size=3))),
    }
    if draw(st.booleans()):
        question["reread"] = draw(st.sampled_from(["materi/larangan.md", "a/b.md#c-d"]))
    return question


@st.composite
def valid_banks(draw: st.DrawFn, bank_id: str = "fuzz") -> dict[str, Any]:
    question_ids = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    bank: dict[str, Any] = {
        "id": bank_id,
        "title": draw(localized),
        "questions": [draw(questions(qid)) for qid in question_ids],
    }
    if draw(st.booleans()):
        bank["description"] = draw(localized)
    return bank


@st.composite
def valid_regions(draw: st.DrawFn) -> dict[str, Any]:
    source_keys = draw(
        st.lists(st.from_regex(r"\AS[0-9]{1,3}\Z"), min_size=1, max_size=3, unique=True)
    )
    region: dict[str, Any] = {
        "name": draw(words),
        "short_name": draw(words),
        "level": draw(st.sampled_from(["provinsi", "kabupaten", "kota"])),
        "site_name": draw(localized),
        "nav_title": draw(localized),
        "head": {
            "name": draw(words),
            "title": draw(words),
            "as_of": draw(dates),
            "source": draw(st.sampled_from(source_keys)),
        },
        "sources": [
            {"key": key, "title": draw(words), "publisher": draw(words), "date": draw(dates)}
            for key in source_keys
        ],
    }
    if draw(st.booleans()):
        region["contacts"] = [
            {
                "name": draw(words),
                "role": draw(localized),
                "phone": draw(st.from_regex(r"\A0[0-9]{2,4} [0-9]{5,8}\Z")),
                "email": draw(st.from_regex(r"\A[a-z]{1,8}@[a-z]{1,8}\.go\.id\Z")),
                "url": draw(st.from_regex(r"\Ahttps://[a-z]{1,10}\.go\.id/[a-z]{0,8}\Z")),
            }
        ]
    if draw(st.booleans()):
        numbers = draw(
            st.lists(
                st.from_regex(r"\A[0-9]{3}/[0-9]{1,4}/[A-Z]{3,6}/20[0-9]{2}\Z"),
                min_size=1,
                max_size=2,
                unique=True,
            )
        )
        region["circulars"] = [
            {
                "number": number,
                "date": draw(dates),
                "title": draw(words),
                "summary": draw(localized),
            }
            for number in numbers
        ]
    return region


# -- mutations ---------------------------------------------------------------------------

odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.text(min_size=5000, max_size=20000, alphabet="ab \n:"),  # huge
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.dates(),
    st.just("\u202e\u0000\ufeff\ud7ff"),  # bidi override, NUL, BOM
    st.recursive(st.just([]), lambda inner: st.lists(inner, min_size=1, max_size=1), max_leaves=60),
)


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


def _set(data: Any, path: tuple, value: Any, delete: bool = False) -> None:
    for step in path[:-1]:
        data = data[step]
    if delete:
        del data[path[-1]]
    else:
        data[path[-1]] = value


@st.composite
def mutated(draw: st.DrawFn, document: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    """A valid document with one to three parts dropped, retyped or added."""
    data = draw(document)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        action = draw(st.sampled_from(["retype", "delete", "add"]))
        if action == "add" or not paths:
            data[draw(st.text(alphabet=string.ascii_lowercase + "_", min_size=1, max_size=8))] = (
                draw(odd_values)
            )
            continue
        path = draw(st.sampled_from(paths))
        _set(data, path, draw(odd_values), delete=action == "delete")
    return data


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


JUNK = [
    ":",
    "- ",
    "{",
    "]",
    '"',
    "'",
    "\n  ",
    "\t",
    "&a ",
    "*a",
    "!!int x",
    "!!python/object:os.system",
    "? ",
    "|",
    ">-",
    "\x00",
    "%YAML 9\n",
    "---\n",
    "<<: *a\n",
    "\ufeff",
]


@st.composite
def damaged(draw: st.DrawFn, text: st.SearchStrategy[str]) -> str:
    """YAML text cut, with junk inserted, or lines duplicated."""
    source = draw(text)
    for _ in range(draw(st.integers(1, 3))):
        cut = draw(st.integers(0, len(source)))
        action = draw(st.sampled_from(["junk", "cut", "repeat"]))
        if action == "junk":
            source = source[:cut] + draw(st.sampled_from(JUNK)) + source[cut:]
        elif action == "cut":
            source = source[:cut]
        else:
            lines = source.splitlines(keepends=True) or [""]
            line = draw(st.sampled_from(lines))
            source = source[:cut] + line + source[cut:]
    return source


def alias_bomb(depth: int) -> str:
    """A 'billion laughs' of ``depth`` levels (2**depth leaves when fully expanded)."""
    lines = ['a0: &a0 ["lol", "lol"]']
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, depth)]
    return "\n".join(lines) + "\n"


def deep_nesting(depth: int) -> str:
    return "x: " + "[" * depth + "]" * depth + "\n"


hostile_yaml = st.one_of(
    st.integers(5, 40).map(alias_bomb),
    st.integers(10, 2500).map(deep_nesting),
    st.integers(10, 1500).map(lambda n: "x:\n" + "".join("  " * i + f"k{i}:\n" for i in range(n))),
    st.just("x: !!binary AAAA\n"),
    st.just("x: !!timestamp 2024-13-45\n"),
    st.just("x: !!python/name:os.system\n"),
    st.just("x: 2026-02-30\n"),
)
