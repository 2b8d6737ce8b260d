"""A Python-Markdown extension that keeps page text inert.

Pages are written by regional authors and are Markdown only: raw HTML (``<script>``,
``<img onerror=…>``, comments) is rendered as text, and links or images whose
scheme could run or embed code (``javascript:``, ``data:``, ``vbscript:``) lose
their target. HTML that extensions generate (admonitions, code blocks, attribute
lists) is unaffected: only the author's raw HTML is.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from sosialisasi.check.rules.safety import unsafe_scheme

URL_ATTRIBUTES = ("href", "src")


class _DropUnsafeTargets(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if value is not None and unsafe_scheme(value):
                    del element.attrib[attribute]


class SafeMarkdown(Extension):
    """Raw HTML as text; unsafe link and image targets removed."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        # Block-level raw HTML (md_in_html replaces this preprocessor; both go).
        if "html_block" in md.preprocessors:
            md.preprocessors.deregister("html_block")
        # Inline tags; entities (&amp;) and autolinks (<https://…>) stay.
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")
        # After inline processing has created the links (the 'inline' treeprocessor).
        md.treeprocessors.register(_DropUnsafeTargets(md), "sosialisasi_unsafe_targets", -10)
