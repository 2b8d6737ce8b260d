"""Regression tests for the disagreements the architecture review verified (issue 20).

Each was a place where two readers of the same file gave two answers: the quiz catalog
and MkDocs on a frontmatter closed by ``...``, the quiz re-read check and the link check
on the same anchor, and the trainer plugin that lost its line under a handout page's quiz.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sosialisasi.quiz.catalog import load_catalog
from tests.helpers import REPO, mkdocs_build

BANK = """---
id: dasar
title: {id: Dasar, en: Basics}
questions:
  - id: q1
    type: true-false
    text: {id: "Soal", en: "Question"}
    options:
      - id: "true"
        correct: true
      - id: "false"
        correct: false
    explanation: {id: "Karena.", en: "Because."}
    basis: "UU 20/2023 Pasal 9 ayat (2)"
    reread: %s
---
"""


def _site(tmp_path: Path, page: str, reread: str = "halaman.md") -> Path:
    (tmp_path / "docs").mkdir(parents=True)
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "docs" / "halaman.md").write_text(page, encoding="utf-8")
    (tmp_path / "quizzes" / "dasar.md").write_text(BANK % reread, encoding="utf-8")
    return tmp_path


def test_frontmatter_closed_by_dots_keeps_its_quiz(tmp_path: Path):
    """MkDocs closes a frontmatter with '...' too: the catalog must see its quiz field."""
    site = _site(tmp_path, "---\ntitle: A\nquiz: dasar\n...\n# Body\n")
    catalog = load_catalog(site / "docs", site / "quizzes", ("id", "en"))
    page = catalog.page(site / "docs" / "halaman.md")
    assert page is not None and page.quiz is not None and page.quiz.bank == "dasar"
    assert page.title == "A"
    assert not [d for d in catalog.diagnostics if d.code == "Q122"]  # the bank is used


def test_frontmatter_after_a_blank_line_is_no_frontmatter(tmp_path: Path):
    """MkDocs ignores a block that does not start on the first line; so does the catalog."""
    site = _site(tmp_path, "\n---\ntitle: A\nquiz: dasar\n---\n# Body\n")
    catalog = load_catalog(site / "docs", site / "quizzes", ("id", "en"))
    page = catalog.page(site / "docs" / "halaman.md")
    assert page is not None and page.quiz is None


PAGE_WITH_ANCHORS = (
    "---\nquiz: dasar\n---\n# T\n\n## Contoh\n\n## Contoh\n\nTulis `{ #x }`.\n\nSetext\n------\n"
)


def test_reread_anchor_made_unique_by_toc_is_found(tmp_path: Path):
    """toc names the second '## Contoh' 'contoh_1'; a reread to it is no Q127."""
    for anchor in ("contoh_1", "setext"):
        site = _site(tmp_path / anchor, PAGE_WITH_ANCHORS, f"halaman.md#{anchor}")
        catalog = load_catalog(site / "docs", site / "quizzes", ("id", "en"))
        assert catalog.bank("dasar") is not None, catalog.diagnostics
        assert [d.code for d in catalog.diagnostics if d.code == "Q127"] == [], anchor


def test_reread_anchor_written_in_a_code_span_is_no_anchor(tmp_path: Path):
    """'{ #x }' inside backticks is text, for the links check and the quiz check alike."""
    site = _site(tmp_path, PAGE_WITH_ANCHORS, "halaman.md#x")
    catalog = load_catalog(site / "docs", site / "quizzes", ("id", "en"))
    assert catalog.bank("dasar") is not None, catalog.diagnostics
    assert [d.code for d in catalog.diagnostics if d.code == "Q127"] == ["Q127"]


def test_quiz_and_link_checks_share_one_anchor_model(tmp_path: Path):
    from sosialisasi.site.markdown import analyse

    site = _site(tmp_path, PAGE_WITH_ANCHORS)
    catalog = load_catalog(site / "docs", site / "quizzes", ("id", "en"))
    page = catalog.page(site / "docs" / "halaman.md")
    assert page is not None
    body = PAGE_WITH_ANCHORS.split("---\n", 2)[2]
    assert set(page.anchors) == set(analyse(body).anchors) == {"t", "contoh", "contoh_1", "setext"}


TRAINER = REPO / "tests" / "fixtures" / "sites" / "trainer"


def test_trainer_line_survives_a_handout_page_with_a_quiz(tmp_path: Path):
    """The handout foot line used to push the quiz off the end of the HTML, and the
    trainer plugin, which inserted its line only before a final '</section>', gave up."""
    site = tmp_path / "site"
    shutil.copytree(TRAINER, site)
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace(
        "custom_dir: ../../../../overrides", f"custom_dir: {REPO / 'overrides'}"
    )
    config = config.replace(
        "  - sosialisasi/quiz\n", "  - sosialisasi/quiz\n  - sosialisasi/handout\n"
    )
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name in ("pertama.id.md", "pertama.en.md"):
        page = site / "docs" / "materi" / name
        page.write_text(
            page.read_text(encoding="utf-8").replace("---\n", "---\nhandout: true\n", 1),
            encoding="utf-8",
        )
    out = tmp_path / "out"
    result = mkdocs_build(site / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    for html_path in (out / "materi/pertama/index.html", out / "en/materi/pertama/index.html"):
        html = html_path.read_text(encoding="utf-8")
        assert "sosialisasi-handout" in html or "handout" in html
        assert html.count('class="sq-trainer"') == 1, html_path
        # inside the quiz, before its closing tag
        start = html.index('id="sq-pertama"')
        assert start < html.index('class="sq-trainer"') < html.index("</section>", start)
