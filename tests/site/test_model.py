"""The site model reads a page as MkDocs does: same frontmatter, same anchors.

The core may not import MkDocs; the tests may, to hold the core's reading of a page
to the engine's own functions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown import Markdown
from markdown.extensions.toc import slugify as toc_slugify
from mkdocs.utils.meta import get_data

from sosialisasi.site.content import load_content
from sosialisasi.site.frontmatter import read_frontmatter
from sosialisasi.site.markdown import analyse, slugify

PAGES = [
    "---\ntitle: A\nquiz: dasar\n---\nBody\n",
    "---\ntitle: A\nquiz: dasar\n...\nBody\n",
    "---\ntitle: >-\n  Judul\n  panjang\n---\n\n\n# Body\n",
    "\n---\ntitle: A\n---\nBody\n",
    "---\n- a\n- b\n---\nBody\n",
    "---\ntitle: [unclosed\n---\nBody\n",
    "---\nreview_by: 2026-13-01\n---\nBody\n",
    "---\n# only a comment\n---\nBody\n",
    "---\ntitle: A\nBody without an end\n",
    "Title: Multi\nAuthor: Me\n    and you\n\n# Body\n",
    "# Plain\n\ntitle: not meta\n",
    "---   \ntitle: spaces after the opening\n---  \nBody\n",
    "---\ntitle: A\ntitle: B\n---\nBody\n",
]


def assert_read_as_mkdocs_reads(text: str) -> None:
    """page.meta and page.markdown equal MkDocs' own; markdown_line is where it starts."""
    markdown, meta = get_data(text)
    read = read_frontmatter(text)
    assert read.meta == meta
    assert read.markdown == markdown
    if "\r" not in text:
        assert "\n".join(text.split("\n")[read.markdown_line - 1 :]) == markdown


@pytest.mark.parametrize("text", PAGES)
def test_meta_and_markdown_are_what_mkdocs_gets(text: str):
    assert_read_as_mkdocs_reads(text)


def test_field_lines_are_those_of_the_page_file():
    read = read_frontmatter("---\ntitle: A\nquiz:\n  bank: dasar\n  questions: [q1]\n---\n")
    assert read.lines == {"title": 2, "quiz": 3}
    assert read.line(("quiz", "questions")) == 5
    assert read.line(("quiz", "bank", "deeper")) == 4


def test_a_dropped_block_says_why_and_where():
    read = read_frontmatter("---\ntitle: A\nreview_by: 2026-13-01\n---\nBody\n")
    assert read.meta == {} and read.problem is not None and read.problem[0] == 3


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("-.:# \nabt1[]{}>|'\"\t"), max_size=60))
def test_any_text_gets_the_meta_mkdocs_gets(text: str):
    assert_read_as_mkdocs_reads(text)


HEADINGS = [
    "Media *sosial* & kampanye",
    "Pasal 5 huruf `n`",
    "Netralitas ASN — PNS dan PPPK",
    "snake_case and Ünïcödé",
    "  spaced   out  ",
    "Q&A: boleh?",
]


@pytest.mark.parametrize("title", HEADINGS)
def test_heading_anchor_is_the_one_the_build_gives(title: str):
    """The slug and uniqueness rule equal Python-Markdown toc's, on the rendered heading."""
    text = f"# {title}\n\n## {title}\n"
    html = Markdown(extensions=["toc", "attr_list"]).convert(text)
    ids = [part.split('"')[0] for part in html.split(' id="')[1:]]
    assert [h.anchor for h in analyse(text).headings] == ids
    assert slugify("plain words here") == toc_slugify("plain words here", "-")


def test_explicit_ids_and_code_spans_as_the_build_sees_them():
    text = "# T { #top }\n\nTulis `{ #x }`.\n\nSetext\n------\n\n## T\n"
    html = Markdown(extensions=["toc", "attr_list"]).convert(text)
    ids = {part.split('"')[0] for part in html.split(' id="')[1:]}
    assert set(analyse(text).anchors) == ids == {"top", "setext", "t"}


def test_content_lists_pages_without_reading_them(tmp_path: Path, monkeypatch):
    from sosialisasi.site import reading

    docs = tmp_path / "docs"
    (docs / "materi").mkdir(parents=True)
    (docs / "materi" / "a.id.md").write_text("---\ntitle: A\n---\n# A\n", encoding="utf-8")
    (docs / "materi" / "a.en.md").write_text("# English A\n", encoding="utf-8")
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    reads: list[Path] = []
    real = reading.read_text
    monkeypatch.setattr(reading, "read_text", lambda path: reads.append(path) or real(path))
    content = load_content([docs], ("id", "en"))
    assert reads == []
    assert [(p.doc, p.locale, p.suffixed) for p in content.pages] == [
        ("index.md", "id", False),
        ("materi/a.md", "id", True),
        ("materi/a.md", "en", True),
    ]
    titles = [p.title for p in content.pages]
    anchors = [sorted(p.markdown.anchors) for p in content.pages]
    assert titles == ["Home", "A", "English A"]
    assert anchors == [["home"], ["a"], ["english-a"]]
    assert sorted(reads) == sorted(p.path for p in content.pages)  # each once
