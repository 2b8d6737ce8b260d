"""The repository's real quiz banks on the real site (built once per session)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema

from sosialisasi.check.runner import rule_modules, run_checks
from sosialisasi.project import Project
from sosialisasi.quiz.catalog import load_catalog
from sosialisasi.quiz.load import read_source
from sosialisasi.quiz.schema import load_schema
from tests.helpers import REPO


def real_catalog():
    project = Project.load(REPO / "mkdocs.yml")
    return load_catalog(project.docs_dir, REPO / "quizzes", project.locales)


def test_real_banks_are_valid_and_used():
    catalog = real_catalog()
    assert len(catalog.reports) >= 1, "the site ships at least one real bank"
    assert all(report.valid for report in catalog.reports.values())
    quiz_rules = rule_modules(["quiz_banks"])
    assert run_checks(Project.load(REPO / "mkdocs.yml"), quiz_rules).diagnostics == []


def test_real_banks_pass_the_shipped_schema():
    validator = jsonschema.Draft202012Validator(load_schema())
    for path in sorted((REPO / "quizzes").glob("*.md")):
        errors = [e.message for e in validator.iter_errors(read_source(path).data)]
        assert not errors, (path.name, errors[:3])


def test_every_page_naming_a_bank_shows_it_in_both_languages(built_site: Path):
    catalog = real_catalog()
    for page in catalog.pages:
        if page.quiz is None:
            continue
        url = page.doc.removesuffix(".md").removesuffix("index")
        prefix = "" if page.locale in (None, "id") else f"{page.locale}/"
        html = (built_site / prefix / url / "index.html").read_text(encoding="utf-8")
        bank = catalog.bank(page.quiz.bank)
        assert bank is not None
        expected = len(page.quiz.questions) if page.quiz.questions else len(bank.questions)
        assert html.count('class="sq-q"') == expected, (page.path.name, expected)
        assert "assets/sosialisasi/quiz.js" in html
        label = "Check answer" if page.locale == "en" else "Periksa jawaban"
        assert label in html


def plain(text: str) -> str:
    return re.sub(r"[*_`<>\[\]()]", "", text)


def test_no_real_quiz_text_reaches_either_search_index(built_site: Path):
    catalog = real_catalog()
    # Quiz texts may quote their page; only text found in no page must stay unfindable.
    pages = plain(" ".join(p.path.read_text(encoding="utf-8") for p in catalog.pages))
    checked = 0
    for locale, index in (("id", "search"), ("en", "en/search")):
        docs = json.loads((built_site / index / "search_index.json").read_text())["docs"]
        indexed = " ".join(d["title"] + " " + d["text"] for d in docs)
        for report in catalog.reports.values():
            assert report.bank is not None
            for question in report.bank:
                texts = [question.text, question.explanation]
                texts += [o.text for o in question.options if o.text]
                texts += [o.feedback for o in question.options if o.feedback]
                for value in texts:
                    words = plain(value.get(locale))[:40]
                    if len(words) >= 25 and words not in pages:
                        checked += 1
                        assert words not in indexed, (report.bank_id, question.id, words)
    assert checked > 100


def test_pages_without_a_quiz_carry_no_quiz_bytes(built_site: Path):
    for html_path in [built_site / "index.html", built_site / "en" / "index.html"]:
        html = html_path.read_text(encoding="utf-8")
        assert "quiz.js" not in html and "quiz.css" not in html and 'class="sq' not in html
