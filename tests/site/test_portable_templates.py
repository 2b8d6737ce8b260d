"""Templates use filters, not Python string methods, where an equal portable form exists.

Jinja2 lets a template call Python methods (``base_url.rstrip("/")``); MiniJinja, the
engine of Zensical (Material's successor), does not, and stopped at once on them. The
filters used instead (``replace``, ``items``, ``trim``...) exist in both.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import REPO

METHOD = re.compile(
    r"\.(rstrip|lstrip|strip|split|startswith|endswith|format|join|upper|lower|replace|"
    r"items|keys|values|get|title|capitalize)\("
)
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
TEMPLATES = sorted(
    [
        *REPO.glob("overrides/**/*.html"),
        *REPO.glob("overrides/*.xml"),
        *REPO.glob("overrides/*.txt"),
        *(REPO / "src" / "sosialisasi").glob("**/templates/**/*.html"),
    ]
)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_no_python_method_calls_in_template_tags(template: Path):
    text = template.read_text(encoding="utf-8")
    calls = [m.group(0) for tag in TAG.findall(text) for m in [METHOD.search(tag)] if m]
    assert not calls, f"use a filter instead: {calls}"


def test_the_templates_are_found():
    names = {p.name for p in TEMPLATES}
    assert {"main.html", "404.html", "sitemap.xml", "trainer.html"} <= names
