"""What crawlers and link previews read: robots.txt, titles, the generator tag."""

from __future__ import annotations

import html
import re
from pathlib import Path

from sosialisasi.trainer.titles import TITLE_LIMIT, head_title
from tests.helpers import REPO

TITLE = re.compile(r"<title>([^<]*)</title>")


def test_robots_txt_welcomes_crawlers_and_names_the_sitemap(built_site: Path):
    text = (built_site / "robots.txt").read_text(encoding="utf-8")
    site_url = re.search(
        r'site_url: !ENV \[SITE_URL, "([^"]+)"\]', (REPO / "mkdocs.yml").read_text()
    )
    assert site_url
    assert text.splitlines() == [
        "User-agent: *",
        "Allow: /",
        "",
        f"Sitemap: {site_url.group(1)}sitemap.xml",
    ]
    assert (built_site / "sitemap.xml").is_file()


def test_every_page_title_fits_in_70_characters(built_site: Path):
    titles = {
        page.relative_to(built_site).as_posix(): html.unescape(TITLE.search(text).group(1))
        for page in built_site.rglob("*.html")
        if (text := page.read_text(encoding="utf-8")) and TITLE.search(text)
    }
    assert len([p for p in titles if "/kuis/" in f"/{p}"]) >= 30, "the trainer pages"
    long = {page: title for page, title in titles.items() if len(title) > TITLE_LIMIT}
    assert not long, long
    doubled = [t for t in titles.values() if re.search(r"(Kuis|Quiz): .*(Kuis|Quiz): ", t)]
    assert not doubled, doubled


def test_the_generator_tag_names_no_version(built_site: Path):
    for page in (built_site / "index.html", built_site / "en" / "404.html"):
        found = re.findall(r'<meta name="generator" content="([^"]*)">', page.read_text("utf-8"))
        assert found == ["mkdocs, mkdocs-material"], page


def test_a_trainer_title_drops_the_site_name_then_shortens_the_bank_title():
    assert head_title("Lembar soal", "Kuis: sanksi", "Netralitas ASN", "Kuis") == (
        "Lembar soal: sanksi · Netralitas ASN"
    )
    long = head_title("Presentation mode", "Quiz: " + "x" * 80, "ASN Neutrality", "Quiz")
    assert len(long) == TITLE_LIMIT and long.endswith("…") and "Neutrality" not in long
