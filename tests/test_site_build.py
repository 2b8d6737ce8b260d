"""The repository's own site: a real strict build, checked file by file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from tests.helpers import head_alternates

THIRD_PARTY_HINTS = (
    "fonts.googleapis",
    "fonts.gstatic",
    "googletagmanager",
    "google-analytics",
    "unpkg.com",
    "cdn.jsdelivr",
    "cdnjs.",
    "polyfill.io",
)
# HTML attributes and CSS constructs that make a browser fetch something. <link> tags
# count unless they only describe the page (canonical, alternate, prev, next).
RESOURCE_REFS = re.compile(
    r"""<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc\s*=\s*["']([^"']+)["']"""
    r"""|url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)""",
    re.IGNORECASE,
)
LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
DESCRIPTIVE_RELS = {"canonical", "alternate", "prev", "next"}


def fetched_refs(text: str) -> list[str]:
    refs = [next(g for g in m.groups() if g) for m in RESOURCE_REFS.finditer(text)]
    for tag in LINK_TAG.findall(text):
        rel = set((re.search(r'rel="([^"]*)"', tag) or re.search("()", "")).group(1).split())
        href = re.search(r'href="([^"]*)"', tag)
        if href and not rel <= DESCRIPTIVE_RELS:
            refs.append(href.group(1))
    return refs


def test_both_home_pages_exist_in_their_language(built_site: Path):
    id_home = (built_site / "index.html").read_text()
    en_home = (built_site / "en" / "index.html").read_text()
    assert '<html lang="id"' in id_home and "Untuk siapa situs ini" in id_home
    assert '<html lang="en"' in en_home and "Who this site is for" in en_home
    assert "<title>Civil servant neutrality in the 2024 elections - " in en_home


def test_home_pages_link_to_each_other(built_site: Path):
    id_home = (built_site / "index.html").read_text()
    en_home = (built_site / "en" / "index.html").read_text()
    assert re.search(r'<a href="en/" hreflang="en"[^>]*md-select__link', id_home)
    assert re.search(r'<a href="\.\." hreflang="id"[^>]*md-select__link', en_home)


def test_hreflang_alternates_are_absolute_and_complete(built_site: Path):
    en_home = (built_site / "en" / "index.html").read_text()
    found = head_alternates(en_home)
    assert set(found) == {"id", "en", "x-default"}
    assert all(urlsplit(href).scheme == "https" for href in found.values())
    assert found["x-default"] == found["id"]


def test_indonesian_only_words_are_not_found_from_the_english_site(built_site: Path):
    en_docs = json.loads((built_site / "en/search/search_index.json").read_text())["docs"]
    id_docs = json.loads((built_site / "search/search_index.json").read_text())["docs"]
    en_text = " ".join(d["title"] + " " + d["text"] for d in en_docs).lower()
    id_text = " ".join(d["title"] + " " + d["text"] for d in id_docs).lower()
    # Words no English page quotes (English pages do quote terms such as *perangkat desa*).
    for word in ("menandatangani", "menghadiri", "sebaiknya"):
        assert word in id_text
        assert word not in en_text


def test_no_output_file_references_a_third_party_host(built_site: Path):
    offenders = []
    for path in built_site.rglob("*"):
        if path.suffix not in {".html", ".css", ".json", ".xml", ".svg"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        offenders += [f"{path}: {hint}" for hint in THIRD_PARTY_HINTS if hint in text]
        if path.suffix in {".html", ".css", ".svg"}:
            for ref in fetched_refs(text):
                host = urlsplit(ref).hostname
                if host and host not in ("127.0.0.1", "localhost"):
                    offenders.append(f"{path.relative_to(built_site)} loads {ref}")
    assert not offenders, "\n".join(offenders[:20])


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")
INLINE_STYLE = re.compile(r"<style\b|\sstyle=\"|\son[a-z]+=\"|href=\"javascript:", re.IGNORECASE)


def test_no_page_needs_unsafe_inline_under_the_content_security_policy(built_site: Path):
    """The hosting guide's CSP has no 'unsafe-inline': every script and style is a file."""
    offenders = []
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        found = INLINE_SCRIPT.findall(html) + INLINE_STYLE.findall(html)
        offenders += [f"{page.relative_to(built_site)}: {tag}" for tag in found]
    assert not offenders, (
        "inline script/style/handler found; move it to a file under overrides/assets/ "
        "(see overrides/partials/javascripts/):\n" + "\n".join(offenders[:20])
    )
