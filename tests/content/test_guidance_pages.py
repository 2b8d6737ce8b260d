"""Every content page is in the nav, and the non-ASN pledge stays in step with the ASN pledge."""

from __future__ import annotations

import re

import pytest

from tests.content._content import CONTENT, LANGUAGES, REPO, load_page

NAV_ENTRY = re.compile(r"^\s*-\s+(?:[^:\n]+:\s+)?([\w/.-]+\.md)\s*$", re.MULTILINE)
PAGES = sorted({p.relative_to(CONTENT).as_posix().rsplit(".", 2)[0] for p in CONTENT.rglob("*.md")})


def nav_pages() -> set[str]:
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    nav = config.split("\nnav:", 1)[1]
    return {entry.removesuffix(".md") for entry in NAV_ENTRY.findall(nav)}


def test_the_nav_is_read():
    assert {"index", "materi/netralitas", "pelatih/index"} <= nav_pages()


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_in_the_nav(page):
    assert page in nav_pages(), f"content/{page}.*.md is not in the nav of mkdocs.yml"


def _points(text: str) -> list[str]:
    return re.findall(r"^(?:> )?\d\. (.+)$", text, re.MULTILINE)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_non_asn_pledge_keeps_the_asn_pledge_points(lang):
    """Points 2–4 are the same promises; only point 1 names non-ASN staff instead of ASN."""
    asn = load_page(CONTENT / f"ikrar.{lang}.md").content
    asn_points = _points(asn.split("{ #teks-ikrar }", 1)[1].split("\n## ", 1)[0])
    non_asn = load_page(CONTENT / "materi" / f"non-asn.{lang}.md").content
    non_asn_points = _points(non_asn.split("{ #teks-ikrar }", 1)[1])
    assert len(asn_points) == len(non_asn_points) == 4
    assert non_asn_points[1:] == asn_points[1:]
    assert "Non ASN" in non_asn_points[0] or "non-ASN" in non_asn_points[0]
    assert "Provinsi Bali" not in non_asn and "Dinas Pemberdayaan" not in non_asn
