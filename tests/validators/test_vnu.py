"""The Nu Html Checker (W3C's vnu, npm vnu-jar, Debian Java) finds 0 errors on every page.

One java run over the whole built site (pages, SVG and CSS), so CI pays the JVM start
once. Material's own 5 errors per page are fixed by ``sosialisasi.site.markup``.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sosialisasi.site.markup import valid_material_markup
from tests.validators.conftest import VNU_JAR, require


def vnu(*paths: Path) -> list[dict]:
    command = [require("java"), "-jar", require(VNU_JAR), "--errors-only", "--format", "json"]
    command += ["--skip-non-html", "--also-check-svg", "--also-check-css", *map(str, paths)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert result.returncode == (1 if messages else 0), result.stderr[-2000:]
    return messages


def test_every_built_page_is_valid_html(built_site: Path, tmp_path: Path):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) >= 70, "the Material pages, the 404 pages and the trainer pages"
    # A broken copy of one page, checked in the same run, proves the checker is awake.
    broken = tmp_path / "broken.html"
    text = (built_site / "index.html").read_text(encoding="utf-8")
    broken.write_text(text.replace('class="md-nav__link"', 'class="md-nav__link" tabindex=""', 1))
    messages = vnu(built_site, broken)
    errors = [m for m in messages if not m["url"].endswith("/broken.html")]
    assert not errors, [(m["url"].rsplit("/site", 1)[-1], m["message"]) for m in errors[:20]]
    assert any(m["url"].endswith("/broken.html") for m in messages), "vnu missed the error"
    print(f"\nvnu: {len(pages)} pages + SVG + CSS, 0 errors")


def test_material_s_markup_is_made_valid_and_the_generator_loses_its_versions():
    html = (
        '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" '
        'autocomplete="off"><label class="md-nav__link" for="x" id="x_label" tabindex="">'
        '<label class="md-nav__link" for="y" tabindex="0"><input type="text" autocomplete="off">'
    )
    fixed = valid_material_markup(html)
    assert '<meta name="generator" content="mkdocs, mkdocs-material">' in fixed
    assert 'id="__drawer">' in fixed and 'id="x_label">' in fixed
    assert 'tabindex="0"' in fixed and '<input type="text" autocomplete="off">' in fixed
    assert valid_material_markup(fixed) == fixed
    properdocs = '<meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material-9.8.2">'
    assert valid_material_markup(properdocs) == (
        '<meta name="generator" content="mkdocs-ProperDocs, mkdocs-material">'
    )
