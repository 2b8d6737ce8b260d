"""What a page's Markdown defines and points at: headings, anchors, links, raw HTML.

markdown-it-py parses the body (so code blocks, code spans and reference links are
understood, unlike with regular expressions); anchors follow Python-Markdown's toc
and attr_list rules, as the build does: an explicit ``{ #id }`` wins, other headings
get toc's slug, made unique with ``_1``, ``_2``. Admonition and details bodies
(indented under ``!!!`` / ``???``) are un-indented first, so their links count too.
Every record carries the source line an author has to edit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from sosialisasi.safe_markup import ATTRIBUTE_LIST, attribute_list_problems

_BLOCK_OPENER = re.compile(r"^(?P<indent>[ ]*)(?:!!!|\?\?\?\+?)[ ]+\S")
_ATTR_LIST = re.compile(r"\s*\{:?\s*([^}\n]*)\}\s*$")
_ATTR_ID = re.compile(r"(?:^|\s)#([^\s}#]+)")
_ANY_ATTR_LIST = re.compile(r"\{:?\s*([^}\n]*#[^}\n]*)\}")
_IDCOUNT = re.compile(r"^(.*)_([0-9]+)$")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str  # without its attribute list
    anchor: str
    explicit: bool  # written as { #id }
    line: int


@dataclass(frozen=True)
class Link:
    target: str
    line: int
    image: bool = False
    autolink: bool = False


@dataclass(frozen=True)
class RawHtml:
    text: str
    line: int


@dataclass(frozen=True)
class RefusedAttribute:
    written: str  # as in the source: 'onfocus="alert(1)"'
    reason: str
    line: int


@dataclass
class MarkdownInfo:
    headings: list[Heading] = field(default_factory=list)
    # Anchors the page defines (first line of each), explicit ones listed separately.
    anchors: dict[str, int] = field(default_factory=dict)
    explicit: dict[str, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    raw_html: list[RawHtml] = field(default_factory=list)
    refused_attributes: list[RefusedAttribute] = field(default_factory=list)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    # Keep every target as written: the checks judge javascript: links, not the parser.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    md.normalizeLinkText = lambda url: url  # type: ignore[method-assign]
    return md


_MD = _parser()


def slugify(value: str, separator: str = "-") -> str:
    """Python-Markdown toc's default slug: ASCII, no punctuation, lowercase, hyphens."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(rf"[{separator}\s]+", separator, value)


def unique(anchor: str, taken: set[str]) -> str:
    """toc's rule for a slug already taken: append _1, _2, ..."""
    while anchor in taken or not anchor:
        match = _IDCOUNT.match(anchor)
        anchor = f"{match.group(1)}_{int(match.group(2)) + 1}" if match else f"{anchor}_1"
    return anchor


def unindent_blocks(text: str) -> str:
    """Admonition/details bodies moved left by four spaces, line numbers unchanged."""
    lines = text.split("\n")
    changed = True
    while changed:
        changed = False
        index = 0
        fenced = False
        while index < len(lines):
            line = lines[index]
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            opener = None if fenced else _BLOCK_OPENER.match(line)
            if opener is None:
                index += 1
                continue
            changed = True
            body_indent = len(opener.group("indent")) + 4
            lines[index] = ""
            index += 1
            while index < len(lines):
                current = lines[index]
                if not current.strip():
                    index += 1
                    continue
                if len(current) - len(current.lstrip(" ")) < body_indent:
                    break
                lines[index] = current[: body_indent - 4] + current[body_indent:]
                index += 1
    return "\n".join(lines)


def analyse(body: str, first_line: int = 1) -> MarkdownInfo:
    """Headings, anchors, links and raw HTML of ``body``, whose first line is ``first_line``."""
    info = MarkdownInfo()
    text = unindent_blocks(body)
    source_lines = body.split("\n")
    tokens = _MD.parse(text)
    pending: list[tuple[int, str, str | None, int]] = []  # level, text, explicit id, line
    explicit_ids: list[tuple[str, int]] = []  # in document order
    for index, token in enumerate(tokens):
        line = first_line + (token.map[0] if token.map else 0)
        if token.type == "heading_open":
            title, explicit = _heading_text(tokens[index + 1])
            pending.append((int(token.tag[1]), title, explicit, line))
            if explicit:
                explicit_ids.append((explicit, line))
        elif token.type == "html_block":
            info.raw_html.append(RawHtml(token.content.strip(), line))
        elif token.type == "inline":
            in_heading = index > 0 and tokens[index - 1].type == "heading_open"
            _inline(token, line, source_lines, first_line, info)
            text = "".join(
                child.content if child.type == "text" else "\n"
                for child in token.children or ()
                if child.type in ("text", "softbreak", "hardbreak")
            )  # code spans are not attribute lists
            _refused_attributes(text, token, source_lines, first_line, info)
            if not in_heading:
                explicit_ids += [(anchor, line) for anchor in attribute_ids(text)]
    for anchor, line in explicit_ids:
        if anchor in info.explicit:
            info.duplicates.append((anchor, line))
        else:
            info.explicit[anchor] = line
            info.anchors.setdefault(anchor, line)
    taken = set(info.anchors)
    for level, title, explicit, line in pending:
        if explicit:
            info.headings.append(Heading(level, title, explicit, True, line))
            continue
        anchor = unique(slugify(title), taken)
        taken.add(anchor)
        info.anchors.setdefault(anchor, line)
        info.headings.append(Heading(level, title, anchor, False, line))
    info.headings.sort(key=lambda h: h.line)
    return info


def attribute_ids(text: str) -> list[str]:
    """Ids set by attribute lists in a paragraph or list item: '{ #id }', '{: #id .x }'."""
    return [
        anchor
        for match in _ANY_ATTR_LIST.finditer(text)
        for anchor in _ATTR_ID.findall(match.group(1))
    ]


def _heading_text(inline: Token) -> tuple[str, str | None]:
    """The heading's plain text (as toc sees it) and its explicit id, if any."""
    parts = [
        child.content
        for child in inline.children or ()
        if child.type in ("text", "code_inline", "html_inline")
    ]
    text = "".join(parts)
    match = _ATTR_LIST.search(text)
    if not match:
        return text.strip(), None
    ids = _ATTR_ID.findall(match.group(1))
    return text[: match.start()].strip(), (ids[-1] if ids else None)


def _inline(
    token: Token, line: int, source_lines: list[str], first_line: int, info: MarkdownInfo
) -> None:
    start = token.map[0] if token.map else line - first_line
    end = token.map[1] if token.map else start + 1
    cursor = [start, 0]  # where the next target is searched from: (line index, column)
    for child in _walk(token.children or ()):
        if child.type == "link_open":
            target = str(child.attrs.get("href", ""))
            autolink = child.markup in ("autolink", "linkify")
            at = _locate(target, source_lines, cursor, end, first_line)
            info.links.append(Link(target, at, autolink=autolink))
        elif child.type == "image":
            target = str(child.attrs.get("src", ""))
            at = _locate(target, source_lines, cursor, end, first_line)
            info.links.append(Link(target, at, image=True))
        elif child.type == "html_inline":
            at = _locate(child.content, source_lines, cursor, end, first_line)
            info.raw_html.append(RawHtml(child.content, at))


def _refused_attributes(
    text: str, token: Token, source_lines: list[str], first_line: int, info: MarkdownInfo
) -> None:
    """Attribute lists setting what the output contract refuses (sosialisasi.safe_markup)."""
    start = token.map[0] if token.map else 0
    end = token.map[1] if token.map else start + 1
    cursor = [start, 0]
    for match in ATTRIBUTE_LIST.finditer(text):
        content = match.group(1).strip()
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if before == "{" or after == "}" or content[:1] in ("%", "{") or content[-1:] in "%#":
            continue  # a Jinja2 template ({{ x }}, {% if %}, {# note #}), not an attribute list
        at_end = not text[match.end() :].split("\n", 1)[0].strip()
        for written, reason in attribute_list_problems(content, at_end=at_end):
            at = _locate(written, source_lines, cursor, end, first_line)
            info.refused_attributes.append(RefusedAttribute(written, reason, at))


def _walk(tokens: list[Token] | tuple[Token, ...]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _locate(needle: str, lines: list[str], cursor: list[int], end: int, first_line: int) -> int:
    """Line of the next occurrence of ``needle`` in the block; its first line if not found."""
    row, column = cursor
    probe = needle.strip()
    while probe and row < min(end, len(lines)):
        found = lines[row].find(probe, column)
        if found >= 0:
            cursor[0], cursor[1] = row, found + len(probe)
            return first_line + row
        row, column = row + 1, 0
    return first_line + cursor[0]
