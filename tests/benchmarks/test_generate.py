"""The synthetic site is deterministic and follows CONTRIBUTING.md, so builds of it are valid."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from bench.generate import LANGS, QUESTIONS_PER_BANK, SOURCES, generate, slug

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def frontmatter(path: Path) -> tuple[dict, str]:
    text = path.read_text("utf-8")
    assert text.startswith("---\n"), path
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_same_seed_same_bytes_other_seed_other_prose(tmp_path: Path):
    generate(tmp_path / "a", 12, seed=3)
    generate(tmp_path / "b", 12, seed=3)
    generate(tmp_path / "c", 12, seed=4)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert tree(tmp_path / "a").keys() == tree(tmp_path / "c").keys()
    assert tree(tmp_path / "a") != tree(tmp_path / "c")


def test_every_fifth_page_names_a_bank_and_the_plain_twin_names_none(tmp_path: Path):
    site = generate(tmp_path, 23)
    assert len(site.pages) == 23
    assert site.banks == [f"kuis-modul-01-topik-{n:02d}" for n in (5, 10, 15, 20)]
    assert sorted(p.stem for p in site.quizzes_dir.glob("*.md")) == site.banks
    for page in site.pages:
        stem = page.path.removesuffix(".md")
        for lang in LANGS:
            meta, _ = frontmatter(site.docs_dir / f"{stem}.{lang}.md")
            plain, _ = frontmatter(site.plain_docs_dir / f"{stem}.{lang}.md")
            assert meta.get("quiz") == page.bank
            assert "quiz" not in plain
            assert {k: v for k, v in meta.items() if k != "quiz"} == plain
    # 20 pages per module: page 21 opens module 2
    assert site.pages[20].path == "modul-02/topik-01.md"


def test_pages_have_the_contract_frontmatter_and_the_shape_of_real_guidance(tmp_path: Path):
    site = generate(tmp_path, 5)
    for path in site.docs_dir.rglob("*.md"):
        meta, body = frontmatter(path)
        assert meta["title"] and meta["description"]
        assert meta["last_reviewed"] == dt.date(2026, 11, 23)
        assert meta["review_by"] == dt.date(2027, 5, 23)
        for reserved in ("{{", "{%", "{#", "<"):
            assert reserved not in body, f"{path} contains {reserved!r}"
    meta, body = frontmatter(site.docs_dir / "modul-01" / "topik-03.en.md")
    words = len(re.sub(r"[#|*!?\-{}\[\]()]", " ", body).split())
    assert 520 <= words <= 700  # about 600
    for marker in ('!!! note "', '??? tip "', '!!! warning "', "|---|", "\n- ", "\n1. "):
        assert marker in body


@pytest.mark.parametrize("pages", [1, 10])
def test_banks_follow_the_quiz_bank_contract(tmp_path: Path, pages: int):
    site = generate(tmp_path, pages)
    refs = (site.docs_dir / "materi" / "referensi.id.md").read_text("utf-8")
    anchors = set(re.findall(r"\{ #([a-z0-9-]+) \}", refs))
    assert {slug(source) for source in SOURCES} <= anchors
    for path in site.quizzes_dir.glob("*.md"):
        bank, _ = frontmatter(path)
        assert bank["id"] == path.stem and ID_PATTERN.match(bank["id"])
        assert set(bank["title"]) == set(LANGS)
        questions = bank["questions"]
        assert len(questions) == QUESTIONS_PER_BANK
        assert len({q["id"] for q in questions}) == len(questions)
        assert {q["type"] for q in questions} == {"single", "multiple", "true-false"}
        for question in questions:
            assert ID_PATTERN.match(question["id"])
            assert set(question["text"]) == set(question["explanation"]) == set(LANGS)
            options = question["options"]
            correct = sum(o["correct"] for o in options)
            assert len({o["id"] for o in options}) == len(options)
            if question["type"] == "true-false":
                assert [o["id"] for o in options] == ["true", "false"] and correct == 1
            elif question["type"] == "single":
                assert correct == 1
            else:
                assert correct >= 1
            for option in options:
                for field in ("text", "feedback"):
                    assert field not in option or set(option[field]) == set(LANGS)
            key = question["basis"].split(" Pasal")[0]
            assert slug(key) in anchors
            page, anchor = question["reread"].split("#")
            stem = page.removesuffix(".md")
            for lang in LANGS:
                target = (site.docs_dir / f"{stem}.{lang}.md").read_text("utf-8")
                assert f"{{ #{anchor} }}" in target
