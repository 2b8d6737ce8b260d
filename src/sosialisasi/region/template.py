"""Render a page's Markdown as a Jinja2 template over the region's data.

Pages write ``{{ region.name }}`` or ``{% if region %}…{% endif %}``. Rendering is
sandboxed (pages come from regional authors, not from developers) and strict:
an unknown variable, an unknown region field, a syntax error or a reach into
Python internals stops the page with the file and line. A known field the
region left empty renders a visible marker ("belum diisi" / "not filled yet")
and becomes a finding, so a strict build fails until someone fills it in, unless
the region listed the field under ``unknown:`` (a gap the sources cannot fill).

Region values are text: they are escaped for Markdown and HTML, so a value can
never inject markup into a page.
"""

from __future__ import annotations

import datetime as dt
import difflib
import posixpath
import re
import signal
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.region.model import (
    LEVEL_LABELS,
    Circular,
    Contact,
    Level,
    Official,
    Region,
    Source,
)

MARKERS = {"id": "belum diisi", "en": "not filled yet"}
MARKER_CLASS = "sosialisasi-unfilled"
TEMPLATE_NAME = "<page>"
MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "en": "January February March April May June July August September October November December",
}
_TEMPLATE_TOKENS = ("{{", "{%", "{#")
# Python-Markdown's backslash-escapable characters; '<', '&' and '|' become entities.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")


class TemplateProblem(Exception):
    """A page cannot be rendered at all; carries the diagnostic that says where and why."""

    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(diagnostic.format())


@dataclass(frozen=True)
class PageInfo:
    """The page being rendered: its language, its file (for messages) and its docs path."""

    locale: str
    file: Path | None = None
    src_uri: str = ""  # path under the docs folder, e.g. daerah/surat-edaran.id.md
    line_offset: int = 0  # lines of frontmatter above the Markdown body


def has_template(text: str) -> bool:
    return any(token in text for token in _TEMPLATE_TOKENS)


def markdown_text(value: str) -> str:
    """`value` as literal text inside Markdown: no emphasis, links or HTML can come from it."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace("|", "&#124;")
    return _MD_SPECIAL.sub(r"\\\1", value)


def format_date(value: dt.date, locale: str) -> str:
    months = MONTHS.get(locale, MONTHS["en"]).split()
    return f"{value.day} {months[value.month - 1]} {value.year}"


def _template_line() -> int | None:
    """Line of the template being rendered, found on the call stack (as Jinja's debug does)."""
    frame = sys._getframe(1)
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None:
            return template.get_corresponding_lineno(frame.f_lineno)
        frame = frame.f_back
    return None


@dataclass
class _Render:
    """State of one page render: where it is, how values are written, what was found."""

    region: Region
    page: PageInfo
    markdown: bool = True
    findings: list[Diagnostic] = field(default_factory=list)

    def text(self, value: str) -> str:
        return markdown_text(value) if self.markdown else value

    def marker(self, path: str, acknowledged: bool) -> str:
        line = _template_line()
        where = f"region.{path}" if path else "region"
        if not self.region.configured:
            message = f"the page shows '{where}', but the national site has no region"
            hint = "wrap region-specific text in {% if region %}…{% endif %}"
            code, severity = "R123", Severity.WARNING
        elif acknowledged:
            message = f"the page shows '{where}', which the region lists as unknown"
            hint = "fill it in region.yml once the source gives it, then drop it from unknown:"
            code, severity = "R124", Severity.INFO
        else:
            message = f"the page shows '{where}', which the region left empty"
            hint = (
                f"fill in '{path}' in region.yml, or list it under unknown: if no source gives it"
            )
            code, severity = "R123", Severity.WARNING
        self.findings.append(
            Diagnostic(
                code,
                severity,
                message,
                file=self.page.file,
                line=line + self.page.line_offset if line else None,
                hint=hint,
                subject=where,
            )
        )
        label = MARKERS.get(self.page.locale, MARKERS["en"])
        if not self.markdown:
            return f"[{label}]"
        return f"*{label}*{{ .{MARKER_CLASS} }}"


class Unfilled:
    """A known field with no value: false in `{% if %}`, a visible marker when shown."""

    def __init__(self, render: _Render, path: str, acknowledged: bool = False):
        self._render, self._path, self._acknowledged = render, path, acknowledged

    def __str__(self) -> str:
        return self._render.marker(self._path, self._acknowledged)

    def __bool__(self) -> bool:
        return False

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return other is None or other == "" or isinstance(other, Unfilled)

    __hash__ = None  # type: ignore[assignment]


class Text:
    """A filled-in text value, escaped when shown."""

    def __init__(self, render: _Render, value: str, *, verbatim: bool = False):
        self._render, self._value, self._verbatim = render, value, verbatim

    def __str__(self) -> str:
        return self._value if self._verbatim else self._render.text(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return self._value == (other._value if isinstance(other, Text) else other)

    def __hash__(self) -> int:
        return hash(self._value)

    def __len__(self) -> int:
        return len(self._value)


class DateValue:
    """A date shown in the page's language ("8 Oktober 2024"); `.iso` gives 2024-10-08."""

    def __init__(self, render: _Render, value: dt.date):
        self._render, self._value = render, value

    def __str__(self) -> str:
        return format_date(self._value, self._render.page.locale)

    @property
    def iso(self) -> str:
        return self._value.isoformat()

    @property
    def year(self) -> int:
        return self._value.year


class LevelValue:
    """The level in a sentence ("kabupaten" / "regency"); `.code` is the value in region.yml."""

    def __init__(self, render: _Render, value: Level):
        self._render, self._value = render, value

    def __str__(self) -> str:
        labels = LEVEL_LABELS[self._value]
        return labels.get(self._render.page.locale, labels["en"])

    @property
    def code(self) -> str:
        return self._value.value

    def __eq__(self, other: object) -> bool:
        return self._value.value == str(other)

    __hash__ = None  # type: ignore[assignment]


class ListValue:
    """A list of region objects; empty lists are false and show the marker."""

    def __init__(self, render: _Render, path: str, items: Sequence[Any], acknowledged: bool):
        self._render, self._path, self._acknowledged = render, path, acknowledged
        self._items = [_wrap(render, f"{path}[{i}]", item, False) for i, item in enumerate(items)]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __getitem__(self, index: int) -> Any:
        if isinstance(index, int) and -len(self._items) <= index < len(self._items):
            return self._items[index]
        return Unfilled(self._render, f"{self._path}[{index}]", self._acknowledged)

    def __str__(self) -> str:
        if not self._items:
            return self._render.marker(self._path, self._acknowledged)
        return ", ".join(str(item) for item in self._items)


# What each object shows when written whole, e.g. {{ region.head }}.
_SHOWN_AS = {
    Region: ("name",),
    Official: ("title", "name"),
    Contact: ("name",),
    Circular: ("title",),
    Source: ("title",),
}
# Fields that are web addresses or files: validated, never Markdown-escaped.
_URL_FIELDS = {"url", "link"}


class ObjectValue:
    """A region object (the region, an official, a circular …) with exactly its fields."""

    def __init__(self, render: _Render, path: str, obj: Any, acknowledged: bool = False):
        self._render, self._path, self._obj = render, path, obj
        self._acknowledged = acknowledged  # the region listed this whole object as unknown
        self._fields = tuple(f.name for f in fields(obj) if f.name not in ("unknown", "key"))
        if isinstance(obj, Source):
            self._fields = (*self._fields, "key")
        if isinstance(obj, Region):
            self._fields = (*(f for f in self._fields if f != "slug"), "slug")

    def _known_gap(self, name: str) -> bool:
        return self._acknowledged or name in getattr(self._obj, "unknown", ())

    def _field(self, name: str) -> Any:
        path = f"{self._path}.{name}" if self._path else name
        value = getattr(self._obj, name)
        if name == "source" and isinstance(value, str):
            source = self._render.region.source(value)
            if source is None:
                return Unfilled(self._render, path, self._known_gap(name))
            return ObjectValue(self._render, path, source)
        if name == "file" and isinstance(value, str) and value:
            here = posixpath.dirname(self._render.page.src_uri)
            return Text(self._render, posixpath.relpath(value, here or "."), verbatim=True)
        if name in _URL_FIELDS and isinstance(value, str) and value:
            return Text(self._render, value, verbatim=True)
        if isinstance(value, dict):  # per-language text
            text = value.get(self._render.page.locale, "")
            if not text:
                return Unfilled(self._render, f"{path}.{self._render.page.locale}", False)
            return Text(self._render, text)
        return _wrap(self._render, path, value, self._known_gap(name))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in self._fields:
            raise AttributeError(name)
        return self._field(name)

    def __getitem__(self, name: str) -> Any:
        return self.__getattr__(name)

    def __bool__(self) -> bool:
        if isinstance(self._obj, Region):
            return self._obj.configured
        return any(getattr(self._obj, f) for f in self._fields if f != "unknown")

    def __str__(self) -> str:
        parts = [getattr(self._obj, name) for name in _SHOWN_AS.get(type(self._obj), ())]
        parts = [p for p in parts if p]
        if not parts:
            return self._render.marker(self._path, self._acknowledged)
        return self._render.text(" ".join(parts))


def _wrap(render: _Render, path: str, value: Any, acknowledged: bool) -> Any:
    if value is None or value == "" or value == {}:
        return Unfilled(render, path, acknowledged)
    if isinstance(value, tuple | list):
        return ListValue(render, path, value, acknowledged)
    if isinstance(value, Level):
        return LevelValue(render, value)
    if isinstance(value, dt.date):
        return DateValue(render, value)
    if isinstance(value, str):
        return Text(render, value)
    return ObjectValue(render, path, value, acknowledged)


def _is_unknown_field(obj: Any, name: Any) -> bool:
    return (
        isinstance(obj, ObjectValue)
        and isinstance(name, str)
        and not name.startswith("_")
        and name not in obj._fields
    )


# A page renders to some kilobytes and in milliseconds; these stop a template that would
# hang or exhaust memory in check and build ({{ 'x' * 10**9 }}, nested loops).
MAX_OUTPUT = 2_000_000  # characters of one rendered page or title
MAX_SECONDS = 5.0


class TemplateLimit(Exception):
    """A page template went over the time or size limit."""


class _RegionEnvironment(SandboxedEnvironment):
    """Sandbox whose unknown-field errors name the field and the close matches, and whose
    repetition and power operators cannot build huge values."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                sized = isinstance(seq, (str, list, tuple)) and isinstance(count, int)
                if sized and len(seq) * max(count, 0) > MAX_OUTPUT:
                    raise TemplateLimit(f"a value of more than {MAX_OUTPUT:,} characters")
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise TemplateLimit("a power too large to compute")
        return super().call_binop(context, operator, left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if _is_unknown_field(obj, attribute):
            return self._unknown_field(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if _is_unknown_field(obj, argument):
            return self._unknown_field(obj, argument)
        return super().getitem(obj, argument)

    def _unknown_field(self, obj: ObjectValue, attribute: str) -> Any:
        owner = f"region.{obj._path}" if obj._path else "region"
        close = difflib.get_close_matches(attribute, obj._fields, n=1)
        suggestion = f"did you mean '{close[0]}'? " if close else ""
        hint = (
            f"'{owner}' has no field '{attribute}'; {suggestion}"
            f"known fields: {', '.join(obj._fields)}"
        )
        return self.undefined(hint=hint, obj=obj, name=attribute)


_ENV = _RegionEnvironment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _error_line(error: BaseException) -> int | None:
    if isinstance(error, TemplateSyntaxError):
        return error.lineno
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == TEMPLATE_NAME:
            line = frame.lineno
    return line


def _problem(page: PageInfo, code: str, message: str, hint: str, error: BaseException) -> Any:
    line = _error_line(error)
    return TemplateProblem(
        Diagnostic(
            code,
            Severity.ERROR,
            message,
            file=page.file,
            line=line + page.line_offset if line else None,
            hint=hint,
        )
    )


def _limited_render(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render with MAX_OUTPUT and, in the main thread (builds, check), MAX_SECONDS."""
    timed = threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM")
    previous: Any = None
    if timed:

        def stop(signum: int, frame: Any) -> None:
            raise TemplateLimit(f"more than {MAX_SECONDS:g} seconds")

        previous = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, MAX_SECONDS)
    try:
        parts, size = [], 0
        output = template.generate(context)
        for part in output:
            size += len(part)
            if size > MAX_OUTPUT:  # raised where the template is, so the error has its line
                output.throw(TemplateLimit(f"more than {MAX_OUTPUT:,} characters of output"))
            parts.append(part)
        return "".join(parts)
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def render(
    source: str, region: Region, page: PageInfo, *, markdown: bool = True
) -> tuple[str, list[Diagnostic]]:
    """Render `source` (a page's Markdown, or plain text such as its title) for `page`.

    Returns the text and the findings (empty fields shown); raises `TemplateProblem`
    when the page cannot be rendered.
    """
    if not has_template(source):
        return source, []
    state = _Render(region=region, page=page, markdown=markdown)
    context = {"region": ObjectValue(state, "", region), "lang": page.locale}
    try:
        template = _ENV.from_string(source)
        template.filename = TEMPLATE_NAME
        return _limited_render(template, context), state.findings
    except TemplateLimit as error:
        raise _problem(
            page,
            "R126",
            f"the template goes over its limit ({error}); pages render in an instant",
            "pages may only show and test region fields; remove the loop or repetition",
            error,
        ) from None
    except TemplateSyntaxError as error:
        raise _problem(
            page,
            "R120",
            f"template syntax error: {error.message}",
            "check that every {{ has its }}, every {% if %} its {% endif %}, every {% for %} "
            "its {% endfor %}",
            error,
        ) from None
    except SecurityError as error:
        raise _problem(
            page,
            "R122",
            f"the page reaches into Python internals, which pages may not do ({error})",
            "use only region fields such as {{ region.name }}; see the regional guide",
            error,
        ) from None
    except UndefinedError as error:
        message = str(error)
        name = re.match(r"'(\w+)' is undefined", message)
        if name:
            message = f"unknown variable '{name.group(1)}' (pages know 'region' and 'lang')"
        raise _problem(
            page,
            "R121",
            message,
            "correct the spelling; to show literal braces, wrap them in {% raw %}…{% endraw %}",
            error,
        ) from None
    except TemplateProblem:
        raise
    except Exception as error:  # any other error raised while rendering the page
        raise _problem(
            page,
            "R125",
            f"the template failed: {type(error).__name__}: {error}",
            "simplify the expression; pages may only show and test region fields",
            error,
        ) from None
