"""Limits on YAML an author's file may expand to, before any code walks it.

Anchors and aliases (``&a`` / ``*a``) let a few lines stand for billions of values
(the "billion laughs"); loaders that walk the document to record line numbers would
run for hours. The size is counted on PyYAML's node graph, each node once, so the
count itself is linear in the file.
"""

from __future__ import annotations

import yaml

# Far above any real bank or region file (the largest bank has about 2,000 values).
MAX_VALUES = 100_000

# libyaml's loader when PyYAML has it: about ten times faster, and it refuses nesting
# deeper than 1,000 levels itself (a ScannerError, never a RecursionError).
COMPOSE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str) -> yaml.Node | None:
    """The node graph of one YAML document (marks give each node's line), nothing built."""
    return yaml.compose(text, Loader=COMPOSE_LOADER)


def expanded_size(root: yaml.Node, limit: int = MAX_VALUES) -> int:
    """How many values ``root`` stands for once aliases are expanded (stops past ``limit``)."""
    sizes: dict[int, int] = {}
    order: list[yaml.Node] = []
    pending: list[yaml.Node] = [root]
    seen: set[int] = set()
    while pending:  # every distinct node once, parents before children
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        pending += _children(node)
    for node in reversed(order):  # children before parents
        total = 1 + sum(sizes.get(id(child), 1) for child in _children(node))
        sizes[id(node)] = min(total, limit + 1)
    return sizes[id(root)]


def too_large(root: yaml.Node | None, limit: int = MAX_VALUES) -> bool:
    return root is not None and expanded_size(root, limit) > limit


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def uses_aliases(root: yaml.Node) -> bool:
    """True when some node is reached twice (an alias ``*name``): the size is its doing."""
    seen: set[int] = set()
    pending: list[yaml.Node] = [root]
    while pending:
        node = pending.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        pending += _children(node)
    return False


def size_message(root: yaml.Node, what: str, limit: int = MAX_VALUES) -> tuple[str, str]:
    """(message, hint) for a document over ``limit`` values, naming the real cause."""
    if uses_aliases(root):
        return (
            f"{what} stands for more than {limit:,} values once its anchors (&name) and "
            "aliases (*name) are expanded",
            "write it out plainly; anchors and aliases are not needed here",
        )
    return (
        f"{what} holds more than {limit:,} values, far more than any real file",
        "split it into several smaller files",
    )


def shown_tag(tag: str) -> str:
    """A YAML tag as an author writes it: 'tag:yaml.org,2002:set' -> '!!set'."""
    return tag.replace("tag:yaml.org,2002:", "!!")
