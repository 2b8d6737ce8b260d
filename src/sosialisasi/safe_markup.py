"""The Markdown output contract: which HTML attributes author text may produce.

Pages, region pages and their templated text are Markdown; Python-Markdown's
``attr_list`` lets an author put ``{ onfocus="…" autofocus }`` or ``{ style="…" }`` on
any element, which would run script or draw over the page for every reader. So an
author's attribute list may only set:

- ``#id`` (not starting with ``__``: the theme's own ids, e.g. ``__config``) and
  ``.class``;
- a short allowlist with checked values: ``title``, ``lang``, ``dir``
  (``ltr``/``rtl``/``auto``), ``alt``, ``width`` and ``height`` (a number, or a
  percentage), ``loading`` (``lazy``/``eager``), ``align`` (``left``/``right``/``center``),
  ``target`` (``_blank`` only).

Everything else (event handlers, ``style``, ``href``/``src`` and any URL, ``autofocus``,
``srcdoc``, …) is refused: ``sosialisasi check`` reports it (H103) with file and line
and every build drops it. On top of that, whatever the extensions produce, the build
removes from the finished page every ``on…`` attribute, every ``style`` except the
``text-align`` tables use, and every URL attribute whose scheme could run code.
This module is engine-free: the check and the build plugin share it.
"""

from __future__ import annotations

import html
import re

ALLOWED_VALUES: dict[str, re.Pattern[str] | None] = {
    "id": re.compile(r"^(?!__)[^\s]{1,100}$"),
    "class": re.compile(r"^[A-Za-z0-9_ -]{1,200}$"),
    "title": None,
    "lang": re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"),
    "dir": re.compile(r"^(ltr|rtl|auto)$", re.IGNORECASE),
    "alt": None,
    "width": re.compile(r"^[0-9]{1,5}%?$"),
    "height": re.compile(r"^[0-9]{1,5}%?$"),
    "loading": re.compile(r"^(lazy|eager)$", re.IGNORECASE),
    "align": re.compile(r"^(left|right|center)$", re.IGNORECASE),
    "target": re.compile(r"^_blank$"),
}
# Attributes that hold a URL (or a list of them) in HTML or SVG.
URL_ATTRIBUTES = frozenset(
    {"href", "src", "srcset", "action", "formaction", "poster", "data", "cite"}
    | {"background", "ping", "xlink:href", "manifest", "codebase", "longdesc", "usemap"}
)
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "sms"})
_TABLE_ALIGN = re.compile(r"^text-align:\s*(left|right|center);?$")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")


def unsafe_scheme(target: str) -> str | None:
    """The scheme of ``target`` when a browser would run or embed it ('javascript')."""
    cleaned = _CONTROL.sub("", html.unescape(target)).lower()
    match = _SCHEME.match(cleaned)
    if match and match.group(1) not in SAFE_SCHEMES:
        return match.group(1)
    return None


_OFF_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
# Elements whose URL attribute the browser loads by itself, for every reader.
EMBEDDING = {"img": "src", "audio": "src", "video": "src", "source": "src", "track": "src"}


def off_host(url: str) -> bool:
    """True for a URL on another host (https://…, //host/…): the reader's browser fetches it."""
    return bool(_OFF_HOST.match(_CONTROL.sub("", html.unescape(url))))


def attribute_problem(name: str, value: str | None) -> str | None:
    """Why an author's attribute list may not set ``name`` (to ``value``), or None."""
    key = name.lower()
    if key not in ALLOWED_VALUES:
        if key.startswith("on"):
            return f"'{name}' is an event handler: it would run script"
        if key == "style":
            return "'style' could draw over or hide the page"
        return f"'{name}' is not an attribute pages may set"
    pattern = ALLOWED_VALUES[key]
    if value is None:
        return None if pattern is None else f"'{name}' needs a value"
    if pattern is not None and not pattern.match(value):
        return f"the value {value[:40]!r} is not allowed for '{name}'"
    return None


def output_attribute_ok(name: str, value: str | None) -> bool:
    """False for what no rendered page may carry, whoever produced it."""
    key = name.lower().rsplit("}", 1)[-1]
    if key.startswith("on") or key in {"srcdoc", "formaction"}:
        return False
    if key == "style":
        return value is not None and bool(_TABLE_ALIGN.match(value.strip()))
    if key in URL_ATTRIBUTES or name.lower() == "xlink:href":
        return value is None or unsafe_scheme(value) is None
    return True


_ATTR_TOKEN = re.compile(
    r"""(?P<key>[^\s=}#.'"][^\s=}]*)=(?P<value>"[^"]*"|'[^']*'|[^\s}]*)"""
    r"""|(?P<mark>[#.][^\s}]*)|(?P<word>[^\s}]+)"""
)
ATTRIBUTE_LIST = re.compile(r"\{:?([^{}\n]*)\}")


def attribute_list_problems(content: str, *, at_end: bool) -> list[tuple[str, str]]:
    """(attribute as written, why) for what an attribute list's ``content`` may not set.

    ``at_end``: the list closes its line, where attr_list applies a bare word too
    (``{ autofocus }``); elsewhere only ``key=value`` pairs are judged, so that text
    in braces stays text.
    """
    problems: list[tuple[str, str]] = []
    for match in _ATTR_TOKEN.finditer(content):
        if match.group("mark"):
            mark = match.group("mark")
            key = "id" if mark.startswith("#") else "class"
            why = attribute_problem(key, mark[1:] or None)
        elif match.group("key"):
            value = match.group("value")
            if value[:1] in "'\"" and value[-1:] == value[:1] and len(value) > 1:
                value = value[1:-1]
            why = attribute_problem(match.group("key"), html.unescape(value))
        elif at_end:
            why = attribute_problem(match.group("word"), None)
            if why and match.group("word").lower() in ALLOWED_VALUES:
                why = None  # a bare allowed name is harmless
        else:
            why = None
        if why:
            problems.append((match.group(0), why))
    return problems
