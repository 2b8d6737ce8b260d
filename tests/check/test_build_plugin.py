"""The sosialisasi/check plugin in real builds: strict fails on page findings, page text
stays inert, and pages past their review date tell readers so in their language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.check._cases import clean_copy
from tests.helpers import mkdocs_build

pytestmark = pytest.mark.slow


NOTICE = re.compile(
    r'<p class="sosialisasi-notice" role="note" data-notice="review"([^>]*)>([^<]*)</p>'
)


def build(config: Path, site: Path, *, strict: bool = True, today: str = "2026-12-01"):
    return mkdocs_build(config, site, strict=strict, env={"SOSIALISASI_TODAY": today})


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_invalid_frontmatter_yaml_stops_the_strict_build_with_file_and_line(tmp_path: Path):
    config = clean_copy(tmp_path / "src")
    page = tmp_path / "src" / "docs" / "index.id.md"
    edit(page, "description: Situs kecil", "description: Catatan: situs kecil")
    result = build(config, tmp_path / "site")
    assert result.returncode == 1
    assert "index.id.md:3: error F101" in result.stderr
    assert "not valid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_clean_site_builds_strict_without_a_notice(tmp_path: Path):
    config = clean_copy(tmp_path / "src")
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "sosialisasi.check" not in result.stderr
    for page in ("", "en/", "materi/halaman/", "en/materi/halaman/"):
        # In the page for readers whose clock passes the date later, hidden until then.
        found = NOTICE.findall(html(tmp_path / "site", page))
        assert [attributes for attributes, _ in found] == [' data-review-by="2027-05-01" hidden']


def test_pages_past_review_show_a_notice_in_the_reader_language(tmp_path: Path):
    config = clean_copy(tmp_path / "src")
    (tmp_path / "src" / "docs" / "materi" / "referensi.en.md").unlink()  # en falls back to id
    config.write_text(
        config.read_text().replace(
            "nav:\n", "extra:\n  sosialisasi_check:\n    severity: {T101: warning}\nnav:\n"
        )
    )
    site = tmp_path / "site"
    result = build(config, site, today="2030-01-01")
    assert result.returncode == 0, result.stderr  # a stale page never fails the build
    expected = {
        "": "Halaman ini seharusnya ditinjau ulang paling lambat 1 Mei 2027.",
        "materi/referensi/": "Halaman ini seharusnya ditinjau ulang paling lambat 1 Mei 2027.",
        "en/": "This page was due for review by 1 May 2027.",
        "en/materi/halaman/": "This page was due for review by 1 May 2027.",
        "en/materi/referensi/": "This page was due for review by 1 May 2027.",
    }
    for page, text in expected.items():
        found = NOTICE.findall(html(site, page))
        assert len(found) == 1, (page, found)
        attributes, shown = found[0]
        assert attributes == ' data-review-by="2027-05-01"' and shown.startswith(text), found


def test_raw_html_is_text_and_unsafe_links_lose_their_target(tmp_path: Path):
    config = clean_copy(tmp_path / "src")
    page = tmp_path / "src" / "docs" / "index.en.md"
    edit(
        page,
        "Read [the",
        "<script>window.__pwned = 1</script>\n\n"
        'Bold <b onmouseover="window.__pwned = 2">here</b> and [a trap](javascript:alert(1)) '
        "and ![img](data:text/html;base64,PHNjcmlwdD4=) and [ok](https://example.org/).\n\n"
        "<div markdown>\n**inside**\n</div>\n\nRead [the",
    )
    strict = build(config, tmp_path / "strict")
    assert strict.returncode == 1
    assert "index.en.md:9: error H101" in strict.stderr  # the <script> line
    assert "index.en.md:11: error H102" in strict.stderr
    loose = build(config, tmp_path / "site", strict=False)
    assert loose.returncode == 0, loose.stderr
    out = html(tmp_path / "site", "en/")
    body = out[out.index("<article") : out.index("</article>")]
    assert "<script>window.__pwned" not in body and "&lt;script&gt;window.__pwned" in body
    assert "<b " not in body and "&lt;b onmouseover=" in body
    assert "<div markdown" not in body
    assert "javascript:" not in body.lower() and "data:text/html" not in body
    assert '<a href="https://example.org/">ok</a>' in body
