"""Read a region file (`regions/<slug>/region.yml`) and remember the line of every field.

Validation messages must point at a line an author can open, so the YAML is
composed into nodes first: each field's dotted path (``circulars[0].number``)
maps to its line, and duplicate keys, which plain YAML silently collapses, are
reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.inputs import InputError, read_author_text
from sosialisasi.yaml_limits import shown_tag, size_message, too_large

REGION_FILE = "region.yml"


@dataclass(frozen=True)
class RawRegion:
    """A region file as data, with the line of each field (1-based) by dotted path."""

    path: Path
    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)

    def line(self, path: str) -> int | None:
        """Line of `path`, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return None


def child_path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else str(key)


_PLAIN = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


def _index_lines(
    node: yaml.Node,
    path: str,
    lines: dict[str, int],
    duplicates: list[tuple[str, int]],
    tagged: list[tuple[str, int, str]] | None = None,
) -> None:
    """Record each path's line; keys written twice; tags on lists and blocks (``tagged``).

    A key a merge (``<<: *name``) brought in is not the block's own: a key written in the
    block overrides it, as YAML says, and is not a duplicate.
    """
    tagged = tagged if tagged is not None else []
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN:
        tagged.append((path, node.start_mark.line + 1, node.tag))
    if isinstance(node, yaml.MappingNode):
        start, end = node.start_mark.index, node.end_mark.index
        own = [(k, v) for k, v in node.value if start <= k.start_mark.index < end]
        merged = [(k, v) for k, v in node.value if not start <= k.start_mark.index < end]
        seen: set[str] = set()
        for key_node, value_node in own:
            key = str(key_node.value)
            sub = child_path(path, key)
            line = key_node.start_mark.line + 1
            if key in seen:
                duplicates.append((sub, line))
            seen.add(key)
            lines.setdefault(sub, line)
            _index_lines(value_node, sub, lines, duplicates, tagged)
        for key_node, value_node in merged:
            sub = child_path(path, str(key_node.value))
            if str(key_node.value) not in seen:
                lines.setdefault(sub, key_node.start_mark.line + 1)
                _index_lines(value_node, sub, lines, duplicates, tagged)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            sub = child_path(path, index)
            lines.setdefault(sub, item.start_mark.line + 1)
            _index_lines(item, sub, lines, duplicates, tagged)


def read_region_file(path: Path) -> tuple[RawRegion | None, list[Diagnostic]]:
    """Parse `path`; on failure return no data and the diagnostics that explain why."""
    if not path.is_file() and not path.is_symlink():
        return None, [
            Diagnostic(
                "R100",
                Severity.ERROR,
                f"region file not found: {path}",
                file=path,
                hint="create it with `sosialisasi new-region <slug>` or fix `extra.region_file` "
                "in the region's mkdocs.yml",
            )
        ]
    try:  # no symlink, no device, size-limited (sosialisasi.inputs)
        text = read_author_text(path, root=path.parent)
    except InputError as error:
        return None, [_unreadable(path, error.line, error.reason, error.hint)]
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if too_large(node):
                return None, [_unreadable(path, None, *size_message(node, "the region file"))]
            data = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        return None, [
            Diagnostic(
                "R101",
                Severity.ERROR,
                f"the region file is not valid YAML: {problem}",
                file=path,
                line=mark.line + 1 if mark else None,
                hint="check indentation (spaces, not tabs) and put values containing ':' or '#' "
                "in quotes",
            )
        ]
    except RecursionError:
        return None, [
            _unreadable(
                path,
                None,
                "the region file is nested too deeply to be read",
                "a region file needs a few levels only; check the indentation",
            )
        ]
    except Exception as error:  # a value PyYAML cannot construct, e.g. the date 2024-02-30
        return None, [
            _unreadable(
                path,
                _failing_line(text),
                f"a value cannot be read: {error}",
                "write dates as YYYY-MM-DD with a real day, or quote the value",
            )
        ]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return None, [
            Diagnostic(
                "R102",
                Severity.ERROR,
                "the region file must be a mapping of fields (name:, level:, …)",
                file=path,
                line=1,
                hint="start from the template written by `sosialisasi new-region`",
            )
        ]
    lines: dict[str, int] = {}
    duplicates: list[tuple[str, int]] = []
    tagged: list[tuple[str, int, str]] = []
    if node is not None:
        try:
            _index_lines(node, "", lines, duplicates, tagged)
        except RecursionError:
            return None, [
                _unreadable(
                    path,
                    None,
                    "the region file is nested too deeply to be read",
                    "a region file needs a few levels only",
                )
            ]
    diagnostics = [
        Diagnostic(
            "R103",
            Severity.ERROR,
            f"'{sub}' is given twice; YAML would silently keep only the last one",
            file=path,
            line=line,
            subject=sub,
            hint="delete one of the two entries",
        )
        for sub, line in duplicates
    ]
    diagnostics += [
        Diagnostic(
            "R101",
            Severity.ERROR,
            f"the YAML tag '{shown_tag(tag)}' is not allowed here",
            file=path,
            line=line,
            subject=sub,
            hint="delete the tag (the word starting with '!'): region data needs none",
        )
        for sub, line, tag in tagged
    ]
    if tagged:
        return None, diagnostics
    return RawRegion(path=path, data=data, lines=lines), diagnostics


def _unreadable(path: Path, line: int | None, message: str, hint: str) -> Diagnostic:
    return Diagnostic("R101", Severity.ERROR, message, file=path, line=line, hint=hint)


def _failing_line(text: str) -> int | None:
    """Line of the first scalar PyYAML cannot construct (for a message an author can act on)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    constructor = yaml.SafeLoader("")
    pending = [root] if root is not None else []
    while pending:
        node = pending.pop(0)
        if isinstance(node, yaml.MappingNode):
            pending += [item for pair in node.value for item in pair]
        elif isinstance(node, yaml.SequenceNode):
            pending += node.value
        else:
            try:
                constructor.construct_object(node)
            except Exception:
                return node.start_mark.line + 1
    return None
