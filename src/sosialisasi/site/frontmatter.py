"""Read a page's frontmatter by MkDocs' own rule, with the line of each field.

MkDocs (``mkdocs.utils.meta.get_data``) takes a block that starts with ``---`` on the
first line and ends with ``---`` or ``...``; it keeps the block's YAML only when it is
a mapping, and otherwise reads MultiMarkdown ``key: value`` lines. This reader applies
the same rule, so ``meta`` is exactly the ``page.meta`` a build gets, and adds what
MkDocs keeps to itself: the line of every field, and why a block MkDocs drops
silently (invalid YAML, ``review_by: 2026-13-01``, a list) was dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from sosialisasi.yaml_limits import MAX_VALUES, compose, too_large

# mkdocs.utils.meta.YAML_RE: '---' on the first line, closed by '---' or '...'.
_YAML_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
_OPENING = re.compile(r"^-{3}[ \t]*\n")
# mkdocs.utils.meta: MultiMarkdown metadata, used when there is no YAML block.
_META = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_META_MORE = re.compile(r"^([ ]{4}|\t)(\s*)(?P<value>.*)")

YamlPath = tuple[str | int, ...]


@dataclass
class FrontMatter:
    present: bool = False  # the page starts with a '---' line
    data: dict[str, Any] | None = None  # None: absent or unreadable
    lines: dict[str, int] = field(default_factory=dict)  # top-level key -> line
    paths: dict[YamlPath, int] = field(default_factory=dict)  # nested path -> line
    problem: tuple[int, str] | None = None  # why MkDocs would drop it: (line, message)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    body: str = ""  # the text after the block (blank lines kept: line numbers hold)
    body_line: int = 1  # line number of the body's first line
    multimarkdown: dict[str, str] = field(default_factory=dict)  # MkDocs' fallback meta
    mapping: bool = False  # a YAML mapping MkDocs uses as meta (and takes off the page)
    # The Markdown MkDocs renders (page.markdown) and the page line it starts on.
    markdown: str = ""
    markdown_line: int = 1

    @property
    def readable(self) -> bool:
        return self.data is not None

    @property
    def meta(self) -> dict[str, Any]:
        """What MkDocs puts in ``page.meta`` for this page."""
        if self.data is not None:
            return self.data
        return {} if self.present else self.multimarkdown

    def line(self, path: YamlPath) -> int | None:
        """The line of ``path`` or of its nearest ancestor that has one."""
        while path and path not in self.paths:
            path = path[:-1]
        return self.paths.get(path)


def read_frontmatter(text: str) -> FrontMatter:
    if text.startswith("\ufeff"):
        text = text[1:]
    result = _read(text)
    if result.mapping:  # MkDocs takes a mapping block off the page
        result.markdown = result.body.lstrip("\n")
        result.markdown_line = result.body_line + len(result.body) - len(result.markdown)
    elif result.present:  # a block MkDocs could not use stays in the page
        result.markdown, result.markdown_line = text, 1
    return result


def _read(text: str) -> FrontMatter:
    if not _OPENING.match(text):
        return _multimarkdown(text)
    block = _YAML_BLOCK.match(text)
    if block is None:
        return FrontMatter(
            present=True,
            problem=(1, "the frontmatter is never closed: no line '---' after it"),
            body=text,
        )
    body = text[block.end() :]
    end_line = text[: block.end()].count("\n") + 1
    result = FrontMatter(present=True, body=body, body_line=end_line)
    try:
        node = compose(block.group(1))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = 2 + mark.line if mark else 1
        result.problem = (line, f"the frontmatter is not valid YAML: {error.problem or error}")
        return result
    except (yaml.YAMLError, RecursionError) as error:
        result.problem = (1, f"the frontmatter is not valid YAML: {error}")
        return result
    if node is None:  # only comments: no field (MkDocs leaves the block in the page)
        result.data = {}
        return result
    if not isinstance(node, yaml.MappingNode):  # MkDocs keeps only a mapping
        result.problem = (2, "the frontmatter must be 'field: value' lines, not a list or text")
        return result
    if too_large(node):
        result.problem = (
            1,
            f"the frontmatter stands for more than {MAX_VALUES:,} values once its anchors "
            "(&name) and aliases (*name) are expanded",
        )
        return result
    _index(node, (), result.paths)
    constructor = yaml.SafeLoader("")
    try:
        data = constructor.construct_document(node)
    except Exception:  # PyYAML raises ValueError etc. for '2026-13-01': find the field
        result.problem = _failing_field(node)
        return result
    if not isinstance(data, dict):
        result.problem = (2, "the frontmatter must be 'field: value' lines, not a list or text")
        return result
    seen: set[str] = set()
    for key_node, _ in node.value:
        key, line = str(key_node.value), 2 + key_node.start_mark.line
        if key in seen:
            result.duplicates.append((key, line))
        else:
            seen.add(key)
            result.lines[key] = line
    result.data = data
    result.mapping = True
    return result


def _index(node: yaml.Node, path: YamlPath, lines: dict[YamlPath, int]) -> None:
    """The line (in the page file) of every mapping key and list item under ``node``."""
    stack: list[tuple[yaml.Node, YamlPath, int]] = [(node, path, 0)]
    while stack:
        current, where, depth = stack.pop()
        if depth > 50:
            continue
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                child = (*where, str(key_node.value))
                lines.setdefault(child, 2 + key_node.start_mark.line)
                stack.append((value_node, child, depth + 1))
        elif isinstance(current, yaml.SequenceNode):
            for index, item in enumerate(current.value):
                child = (*where, index)
                lines.setdefault(child, 2 + item.start_mark.line)
                stack.append((item, child, depth + 1))


def _failing_field(node: yaml.MappingNode) -> tuple[int, str]:
    constructor = yaml.SafeLoader("")
    for key_node, value_node in node.value:
        try:
            constructor.construct_object(key_node, deep=True)
            constructor.construct_object(value_node, deep=True)
        except Exception as error:
            return (2 + key_node.start_mark.line, f"this value cannot be read: {error}")
    return (2, "the frontmatter cannot be read")


def _multimarkdown(text: str) -> FrontMatter:
    """No YAML block: MkDocs reads leading 'key: value' lines as meta (values as text)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    data: dict[str, str] = {}
    key = None
    used = 0  # lines MkDocs takes off the top (meta lines and the blank line ending them)
    for line in lines:
        if line.strip() == "":
            used += 1
            break
        if match := _META.match(line):
            key = match.group("key").lower().strip()
            value = match.group("value").strip()
            data[key] = f"{data[key]} {value}" if key in data else value
        elif (more := _META_MORE.match(line)) and key:
            data[key] += " {}".format(more.group("value").strip())
        else:
            break
        used += 1
    rest = "\n".join(lines[used:])
    markdown = rest.lstrip("\n")
    first = used + 1 + rest[: len(rest) - len(markdown)].count("\n")
    return FrontMatter(body=text, multimarkdown=data, markdown=markdown, markdown_line=first)
