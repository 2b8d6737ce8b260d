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
