"""Hostile page text, quiz text and region data: the strict build refuses it with file and
line, a plain build renders it as text, and Jinja2 aimed at Python internals is refused."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sosialisasi.check.rules.safety import unsafe_scheme
from sosialisasi.check.runner import run_checks
from sosialisasi.project import Project
from tests.helpers import REPO, mkdocs_build

pytestmark = pytest.mark.slow

INERT = REPO / "tests" / "fixtures" / "sites" / "inert"
REGION = INERT / "regions" / "jahat" / "mkdocs.yml"
JINJA_ATTACKS = {
    "subclasses": ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "R122"),
    "popen": ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "R122"),
    "attr": ("{{ region|attr('__class__') }}", "R122"),
}


class _Markup(HTMLParser):
    """Collects what a browser would run: inline scripts, event handlers, unsafe targets."""

    def __init__(self) -> None:
        super().__init__()
        self.unsafe: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag in ("script", "iframe", "object", "embed") and not (
            tag == "script" and (names.get("src") or names.get("type") == "application/json")
        ):
            self.unsafe.append(f"<{tag} {names}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.unsafe.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction") and unsafe_scheme(value or ""):
                self.unsafe.append(f"<{tag} {name}={value!r}>")


def unsafe_markup(html: str) -> list[str]:
    parser = _Markup()
    parser.feed(html)
    return parser.unsafe


def inert_copy(source: Path) -> Path:
    """A copy of the inert fixture whose theme overrides still resolve."""
    shutil.copytree(INERT, source)
    config = source / "mkdocs.yml"
    config.write_text(config.read_text().replace("../../../../overrides", str(REPO / "overrides")))
    return source


def article(html: str) -> str:
    return html[html.index("<article") : html.index("</article>")]


def test_the_strict_build_refuses_hostile_pages_with_file_and_line(tmp_path: Path):
    result = mkdocs_build(INERT / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    for where in ("jahat.id.md:10: error H101", "jahat.en.md:16: error H102"):
        assert where in result.stderr, result.stderr[-3000:]
    assert "Traceback" not in result.stderr


def test_a_plain_build_shows_hostile_page_and_quiz_text_as_text(tmp_path: Path):
    site = tmp_path / "site"
    result = mkdocs_build(INERT / "mkdocs.yml", site, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    for page in ("jahat", "en/jahat"):
        html = (site / page / "index.html").read_text(encoding="utf-8")
        body = article(html)
        assert unsafe_markup(html) == []
        assert not re.search(r"<(style|svg onload)\b", body)
        assert re.findall(r"<img[^>]*>", body) == ['<img alt="gambar" />']  # data: src dropped
        assert "&lt;script&gt;window.__pwned = &quot;script&quot;" in body or (
            '&lt;script&gt;window.__pwned = "script"' in body
        )
        # The frontmatter title and description are text too (Material prints them raw).
        assert "<script>window.__pwned = 'title'" not in html
        assert "Jahat &lt;script&gt;window.__pwned = " in html
        assert "{{ 7 * 7 }}" in body and "49" not in re.sub(r"\d{3,}", "", body)


def test_region_data_is_text_in_pages_titles_and_the_site_name(tmp_path: Path):
    site = tmp_path / "site"
    result = mkdocs_build(REGION, site, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    names = {"daerah": "&lt;script&gt;window.__pwned", "en/daerah": "&lt;img src=x onerror"}
    for page, name in names.items():
        html = (site / page / "index.html").read_text(encoding="utf-8")
        assert unsafe_markup(html) == []
        header = html[html.index("<header") : html.index("</header>")]
        assert name in header  # the site name from region.yml, as text
        # Region values are text, never templates: the expression shows as written.
        assert "{{ ''.__class__.__mro__[1].__subclasses__() }}" in article(html)
        assert "uid=" not in html
    page = (site / "daerah" / "index.html").read_text(encoding="utf-8")
    assert "{{ cycler.__init__.__globals__.os.popen(" in article(page)


@pytest.mark.parametrize("attack", sorted(JINJA_ATTACKS))
def test_jinja_aimed_at_python_internals_is_refused_naming_the_file(attack: str, tmp_path: Path):
    expression, code = JINJA_ATTACKS[attack]
    source = inert_copy(tmp_path / "src")
    config = source / "mkdocs.yml"
    page = source / "docs" / "index.id.md"
    page.write_text(page.read_text() + f"\nHasil: {expression}\n", encoding="utf-8")
    result = mkdocs_build(config, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert f"index.id.md:11: error {code}" in result.stderr, result.stderr[-2000:]
    assert "uid=" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert (
        not (tmp_path / "site" / "index.html").exists()
        or "Hasil" not in (tmp_path / "site" / "index.html").read_text()
    )
    found = run_checks(Project.load(config)).diagnostics
    assert any(d.code == code and d.file == page and d.line == 11 for d in found), [
        d.format() for d in found
    ]
