"""Every value from region.yml and a regional mkdocs.yml that reaches the theme is escaped
exactly once: the menu title (nav_title, else short_name, else name), the site name from
either file, the description, author and copyright. Shown as text, never run, never
double-escaped (no '&amp;lt;')."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.check.test_inert_build import unsafe_markup
from tests.helpers import REPO, mkdocs_build

pytestmark = pytest.mark.slow

INERT = REPO / "tests" / "fixtures" / "sites" / "inert"
PAYLOAD = "<img src=x onerror=alert(21)> & Co"
ONCE = "&lt;img src=x onerror=alert(21)&gt; &amp; Co"


def hostile_region(tmp_path: Path, region_edit: dict, config_edit: dict) -> Path:
    source = tmp_path / "inert"
    shutil.copytree(INERT, source)
    folder = source / "regions" / "jahat"
    region = yaml.safe_load((folder / "region.yml").read_text(encoding="utf-8"))
    for key, value in region_edit.items():
        if value is None:
            region.pop(key, None)
        else:
            region[key] = value
    (folder / "region.yml").write_text(yaml.safe_dump(region, allow_unicode=True), "utf-8")
    config = folder / "mkdocs.yml"
    data = config.read_text(encoding="utf-8").replace(
        "../../../../../../overrides", str(REPO / "overrides")
    )
    for key, value in config_edit.items():
        data = re.sub(rf"^{key}:.*$", "", data, flags=re.MULTILINE) + f"{key}: {value!r}\n"
    config.write_text(data, encoding="utf-8")
    return config


def built_pages(config: Path, site: Path) -> dict[str, str]:
    result = mkdocs_build(config, site, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")
    }


def assert_once(pages: dict[str, str], where: str) -> None:
    assert pages
    for name, html in pages.items():
        assert "<img src=x onerror=alert(21)" not in html, name
        assert "&amp;lt;" not in html and "&amp;amp;" not in html, name
        assert unsafe_markup(html) == [], name
    home = pages["daerah/index.html"]
    part = home[home.index(where) :] if where != "head" else home[: home.index("</head>")]
    assert ONCE in part, where


@pytest.mark.parametrize(
    "region_edit",
    [
        {"nav_title": {"id": PAYLOAD, "en": PAYLOAD}},
        {"nav_title": None, "short_name": PAYLOAD},
        {"nav_title": None, "short_name": None, "name": PAYLOAD},
    ],
    ids=["nav_title", "short_name", "name"],
)
def test_the_region_menu_title_is_text(tmp_path: Path, region_edit: dict):
    config = hostile_region(tmp_path, region_edit, {})
    pages = built_pages(config, tmp_path / "site")
    assert_once(pages, '<nav class="md-nav md-nav--primary"')


def test_the_regional_mkdocs_yml_settings_are_text(tmp_path: Path):
    edits = {key: PAYLOAD for key in ("site_name", "site_description", "site_author", "copyright")}
    config = hostile_region(tmp_path, {"site_name": None}, edits)
    pages = built_pages(config, tmp_path / "site")
    assert_once(pages, "head")
    home = pages["daerah/index.html"]
    header = home[home.index("<header") : home.index("</header>")]
    assert ONCE in header  # the site name in the header, once escaped
    footer = home[home.index("<footer") :]
    assert ONCE in footer  # the copyright


def test_a_region_site_name_with_an_ampersand_is_escaped_once_in_every_language(tmp_path: Path):
    names = {"id": "Kota A & B <i>", "en": "City A & B <i>"}
    config = hostile_region(tmp_path, {"site_name": names}, {})
    pages = built_pages(config, tmp_path / "site")
    for page, name in (("daerah/index.html", "Kota"), ("en/daerah/index.html", "City")):
        html = pages[page]
        assert f"{name} A &amp; B &lt;i&gt;" in html
        assert "&amp;amp;" not in html and "&amp;lt;" not in html
