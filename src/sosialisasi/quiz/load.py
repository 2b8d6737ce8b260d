"""Read the YAML frontmatter of a Markdown file, remembering the line of every value.

python-frontmatter finds the frontmatter; a second YAML pass over PyYAML's node
tree records, for each path (``("questions", 2, "options", 0, "correct")``), the
line of the source file it was written on. Diagnostics then point at the line an
author has to edit, not at a line of some rendered HTML. Duplicate keys, which
YAML loaders silently collapse, are reported instead of hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.inputs import InputError
from sosialisasi.site import reading
from sosialisasi.yaml_limits import compose, shown_tag, size_message, too_large

YamlPath = tuple[str | int, ...]

_HANDLER = frontmatter.YAMLHandler()
_PLAIN = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})
_MERGE = "tag:yaml.org,2002:merge"


@dataclass
class Source:
    """The frontmatter of one file as plain data, with the source line of every path."""

    path: Path
    data: Any
    lines: dict[YamlPath, int] = field(default_factory=dict)
    # How a scalar that YAML turned into a bool, number or date was written ('Yes', 'on').
    written: dict[YamlPath, str] = field(default_factory=dict)
    start_line: int = 1  # line of the opening ---
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def text(self, path: YamlPath, value: Any) -> str:
        """``value`` as the author wrote it: an unquoted Yes stays 'Yes', not True."""
        if isinstance(value, str):
            return value
        return self.written.get(path, scalar_text(value))

    def line(self, path: YamlPath) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, self.start_line)


def read_source(path: Path) -> Source:
    """Parse ``path``'s frontmatter. Problems become ``Q100`` diagnostics, never exceptions.

    Read through ``sosialisasi.inputs``: a symlink, a device or a file over the size
    limit is refused, never read.
    """
    try:
        raw = reading.read_text(path)
    except InputError as error:
        return _unreadable(path, error.line, f"{error.reason}.", error.hint)
    return parse_source(path, raw)


def parse_source(path: Path, raw: str) -> Source:
    text = raw.lstrip()
    skipped = raw[: len(raw) - len(text)].count("\n")
    if not _HANDLER.detect(text):
        return _unreadable(
            path,
            skipped + 1,
            "the file has no YAML frontmatter.",
            "Start the file with a line '---', then the YAML, then another line '---'.",
        )
    opening = _HANDLER.FM_BOUNDARY.search(text)
    assert opening is not None  # detect() matched
    try:
        front, _body = _HANDLER.split(text)
    except ValueError:
        return _unreadable(
            path,
            skipped + 1,
            "the frontmatter is never closed.",
            "End the YAML with a line holding only '---'.",
        )
    offset = skipped + text[: opening.end()].count("\n")
    source = Source(path=path, data=None, start_line=skipped + 1)
    try:
        node = compose(front)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = offset + mark.line + 1 if mark else skipped + 1
        problem = (error.problem or "invalid YAML").strip()
        return _unreadable(
            path,
            line,
            f"the frontmatter is not valid YAML: {problem}.",
            "Check indentation and quoting on this line; text containing ': ' or starting "
            "with a special character (*, &, !, [, {, >, |, @, `) must be quoted.",
        )
    except yaml.YAMLError as error:
        return _unreadable(path, skipped + 1, f"the frontmatter is not valid YAML: {error}.")
    except RecursionError:
        return _too_deep(path, skipped + 1)
    if node is None:
        source.data = {}
        return source
    if too_large(node):
        message, hint = size_message(node, "the frontmatter")
        return _unreadable(path, skipped + 1, f"{message}.", f"{hint[:1].upper()}{hint[1:]}.")
    builder = _Builder(source, offset)
    try:
        source.data = builder.build(node, ())
    except RecursionError:
        return _too_deep(path, skipped + 1)
    return source


def _too_deep(path: Path, line: int) -> Source:
    return _unreadable(
        path,
        line,
        "the frontmatter is nested too deeply to be read (hundreds of levels of lists or blocks).",
        "A bank needs a few levels only: bank, questions, options; check the brackets "
        "and the indentation.",
    )


def _unreadable(path: Path, line: int | None, message: str, hint: str = "") -> Source:
    diagnostic = Diagnostic(
        code="Q100",
        severity=Severity.ERROR,
        message=message,
        file=path,
        line=line,
        hint=hint or "Fix the file so that its frontmatter is valid YAML.",
    )
    return Source(path=path, data=None, start_line=line or 1, diagnostics=[diagnostic])


class _Builder:
    """Turns a PyYAML node tree into plain data, recording the line of every path."""

    def __init__(self, source: Source, offset: int):
        self.source = source
        self.offset = offset
        self.constructor = yaml.SafeLoader("")

    def line_of(self, node: yaml.Node) -> int:
        return self.offset + node.start_mark.line + 1

    def _refuse(self, node: yaml.Node, message: str, hint: str) -> None:
        """A Q100 finding at ``node``'s line; the value is left out."""
        self.source.diagnostics.append(
            Diagnostic(
                code="Q100",
                severity=Severity.ERROR,
                message=message,
                file=self.source.path,
                line=self.line_of(node),
                hint=hint,
            )
        )

    def build(self, node: yaml.Node, path: YamlPath | None) -> Any:
        """Plain data for ``node``; ``path`` None for mapping keys (they have no path)."""
        if path is not None:
            self.source.lines.setdefault(path, self.line_of(node))
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN:
            # '!!set', '!!omap', '!custom' on a list or block: PyYAML would build another
            # type or ignore the tag; a bank has plain lists and blocks only.
            return self._refuse(
                node,
                f"the YAML tag '{shown_tag(node.tag)}' is not allowed here.",
                "Delete the tag (the word starting with '!'): a bank needs none.",
            )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path or ())
        if isinstance(node, yaml.SequenceNode):
            path = path or ()
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        try:
            value = self.constructor.construct_object(node, deep=True)
        except Exception as error:  # e.g. '!!int abc' raises ValueError inside PyYAML
            return self._refuse(node, f"this value cannot be read: {error}.", "Quote the value.")
        if path is not None and not isinstance(value, str) and isinstance(node, yaml.ScalarNode):
            self.source.written[path] = node.value
        return value

    def _mapping(self, node: yaml.MappingNode, path: YamlPath) -> dict[Any, Any]:
        own = {id(key) for key, _ in node.value if key.tag != _MERGE}
        self.constructor.flatten_mapping(node)  # resolves YAML merge keys (<<)
        result: dict[Any, Any] = {}
        written: set[Any] = set()  # keys written in this block itself, not merged in
        for key_node, value_node in node.value:
            key = self.build(key_node, None)
            if not isinstance(key, str):  # 'no:' (Norwegian) must not become False
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key)
            child = (*path, key)
            if id(key_node) not in own:
                pass  # merged in with '<<': a key written here overrides it, as YAML says
            elif key in written:
                self.source.diagnostics.append(
                    Diagnostic(
                        code="Q114",
                        severity=Severity.ERROR,
                        message=f"the key '{key}' is written twice in the same block; "
                        "YAML would silently keep only the last one.",
                        file=self.source.path,
                        line=self.line_of(key_node),
                        hint="Delete or rename one of the two.",
                    )
                )
            else:
                written.add(key)
            self.source.lines[child] = self.line_of(key_node)
            result[key] = self.build(value_node, child)
        return result


def scalar_text(value: object) -> str:
    """How an author wrote a scalar YAML turned into a bool or number (true -> 'true')."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)
