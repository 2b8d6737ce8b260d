"""Read a page's frontmatter exactly where MkDocs looks for it, with the line of each field.

MkDocs drops the whole frontmatter of a page, silently, when its YAML is invalid, when
a value cannot be constructed (``review_by: 2026-13-01``) or when it is not a
mapping: the page then loses its title and dates without a word. This reader sees
the same block MkDocs sees and says why it would be dropped, with the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

# mkdocs.utils.meta.YAML_RE: '---' on the first line, closed by '---' or '...'.
_YAML_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
_OPENING = re.compile(r"^-{3}[ \t]*\n")


@dataclass
class FrontMatter:
    present: bool = False  # the page starts with a '---' line
    data: dict[str, Any] | None = None  # None: absent or unreadable
    lines: dict[str, int] = field(default_factory=dict)  # top-level key -> line
    problem: tuple[int, str] | None = None  # why MkDocs would drop it: (line, message)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    body: str = ""
    body_line: int = 1  # line number of the body's first line

    @property
    def readable(self) -> bool:
        return self.data is not None


def read_frontmatter(text: str) -> FrontMatter:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not _OPENING.match(text):
        return FrontMatter(body=text)
    block = _YAML_BLOCK.match(text)
    if block is None:
        return FrontMatter(
            present=True,
            problem=(1, "the frontmatter is never closed: no line '---' after it"),
            body=text,
        )
    body = text[block.end() :]
    result = FrontMatter(present=True, body=body, body_line=text[: block.end()].count("\n") + 1)
    yaml_text = block.group(1)
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = 2 + mark.line if mark else 1
        result.problem = (line, f"the frontmatter is not valid YAML: {error.problem or error}")
        return result
    except (yaml.YAMLError, RecursionError) as error:
        result.problem = (1, f"the frontmatter is not valid YAML: {error}")
        return result
    if node is None:
        result.data = {}
        return result
    if not isinstance(node, yaml.MappingNode):
        result.problem = (2, "the frontmatter must be 'field: value' lines, not a list or text")
        return result
    constructor = yaml.SafeLoader("")
    data: dict[str, Any] = {}
    for key_node, value_node in node.value:
        line = 2 + key_node.start_mark.line
        try:
            key = constructor.construct_object(key_node, deep=True)
            value = constructor.construct_object(value_node, deep=True)
        except Exception as error:  # PyYAML raises ValueError etc. for '2026-13-01'
            result.problem = (line, f"this value cannot be read: {error}")
            return result
        key = str(key)
        if key in data:
            result.duplicates.append((key, line))
        else:
            result.lines[key] = line
        data[key] = value
    result.data = data
    return result
