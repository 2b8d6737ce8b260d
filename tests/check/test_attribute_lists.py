"""Attribute lists in pages and region pages (the inert fixture's last lines): the strict build
and `sosialisasi check` refuse them with file and line (H103); a plain build renders none of
the refused attributes (no handler, no autofocus, no style overlay, no javascript: URL)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sosialisasi.check.runner import run_checks
from sosialisasi.project import Project
from tests.check.test_inert_build import INERT, REGION, unsafe_markup
from tests.helpers import mkdocs_build

pytestmark = pytest.mark.slow

REFUSED = {"autofocus", "contenteditable", "tabindex"}


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if (
                name.startswith("on")
                or name in REFUSED
                or (name == "style" and not re.fullmatch(r"text-align: \w+;", value or ""))
            ):
                self.refused.append(f"<{tag} {name}={value!r}>")


def refused_attributes(html: str) -> list[str]:
    parser = _Attributes()
    parser.feed(html)
    return parser.refused


def test_check_reports_each_refused_attribute_at_its_line():
    found = run_checks(Project.load(INERT / "mkdocs.yml")).diagnostics
    lines = {(d.file.name, d.line) for d in found if d.code == "H103" and d.file is not None}
    for page in ("jahat.id.md", "jahat.en.md"):
        assert {(page, 30), (page, 32), (page, 34)} <= lines, lines


def test_the_strict_build_refuses_them(tmp_path: Path):
    result = mkdocs_build(INERT / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    assert "jahat.id.md:30: error H103" in result.stderr, result.stderr[-3000:]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("config", "pages"), [(INERT / "mkdocs.yml", ["jahat", "en/jahat"]), (REGION, ["daerah"])]
)
def test_a_plain_build_renders_none_of_them(tmp_path: Path, config: Path, pages: list[str]):
    site = tmp_path / "site"
    result = mkdocs_build(config, site, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    for page in pages:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        body = html[html.index("<article") : html.index("</article>")]
        assert unsafe_markup(html) == []
        assert refused_attributes(body) == []
        for payload in ("attr-focus", "attr-hover", "attr-href", "attr-click", "region-attr"):
            assert payload not in body  # the attributes carrying them are gone
        assert '<p class="catatan">Paragraf' in body or page == "daerah"  # .class kept
