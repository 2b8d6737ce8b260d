"""A Python-Markdown extension that keeps page text inert.

Pages are written by regional authors and are Markdown only: raw HTML (``<script>``,
``<img onerror=…>``, comments) is rendered as text, and links or images whose
scheme could run or embed code (``javascript:``, ``data:``, ``vbscript:``) lose
their target. Attribute lists (``{ .class #id }``) may only set what
``sosialisasi.safe_markup`` allows: ``{ onfocus=… autofocus }`` or ``{ style=… }`` are
dropped. Last, every element of the finished page loses event handlers, styles
other than table alignment and unsafe URLs, whichever extension produced them.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.treeprocessors import Treeprocessor

from sosialisasi.safe_markup import EMBEDDING, attribute_problem, off_host, output_attribute_ok


class _DropUnsafeTargets(Treeprocessor):
    """The output contract, on every element whoever made it."""

    def __init__(self, md: Markdown, remote_images: bool) -> None:
        super().__init__(md)
        self.remote_images = remote_images

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for name, value in list(element.attrib.items()):
                if not output_attribute_ok(name, value):
                    del element.attrib[name]
            embedded = EMBEDDING.get(str(element.tag))
            source = element.get(embedded) if embedded else None
            if source is not None and not self.remote_images and off_host(source):
                del element.attrib[embedded]  # no request to another host (H104)


class _AllowedAttributes(AttrListTreeprocessor):
    """attr_list that keeps only the attributes ``safe_markup`` allows an author to set."""

    def assign_attrs(self, elem: etree.Element, attrs_string: str, **kwargs: Any) -> str:
        before = dict(elem.attrib)
        remainder = super().assign_attrs(elem, attrs_string, **kwargs)
        for name, value in list(elem.attrib.items()):
            if before.get(name, _UNSET) == value:
                continue
            if name == "class" and "class" in before:
                added = value.removeprefix(before["class"]).strip() if value else ""
                if attribute_problem("class", added or None) is None:
                    continue
            if attribute_problem(name, value) is not None:
                if name in before:
                    elem.set(name, before[name])
                else:
                    del elem.attrib[name]
        return remainder


_UNSET = object()


class SafeMarkdown(Extension):
    """Raw HTML as text; attribute lists limited; unsafe attributes and targets removed.

    ``remote_images``: keep images from other hosts (the check plugin's option of the
    same name); by default they are not loaded, so no reader is tracked and the offline
    bundle stays whole.
    """

    def __init__(self, remote_images: bool = False) -> None:
        super().__init__()
        self.remote_images = remote_images

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        if "attr_list" in md.treeprocessors:  # registered by attr_list, listed before us
            priority = _priority(md, "attr_list")
            md.treeprocessors.register(_AllowedAttributes(md), "attr_list", priority)
        # Block-level raw HTML (md_in_html replaces this preprocessor; both go).
        if "html_block" in md.preprocessors:
            md.preprocessors.deregister("html_block")
        # Inline tags; entities (&amp;) and autolinks (<https://…>) stay.
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")
        # After inline processing has created the links (the 'inline' treeprocessor).
        md.treeprocessors.register(
            _DropUnsafeTargets(md, self.remote_images), "sosialisasi_unsafe_targets", -10
        )


def _priority(md: Markdown, name: str) -> float:
    for item in md.treeprocessors._priority:  # the registry keeps (name, priority) pairs
        if item.name == name:
            return float(item.priority)
    return 8.0  # attr_list's own
