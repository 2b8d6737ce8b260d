"""Quiz banks under quizzes/: the CONTRIBUTING.md contract, sources, coverage."""

from __future__ import annotations

import re

import pytest

from tests.content._content import (
    CONTENT,
    ID_PATTERN,
    LANGUAGES,
    QUIZZES,
    REFERENCES,
    anchors,
    banks,
    load_page,
    page_path,
    page_stems,
    quiz_reference,
    resolve_page,
    slug,
    source_key,
)

BANKS = banks()
QUESTIONS = [(bank_id, q) for bank_id, bank in BANKS.items() for q in bank.get("questions", [])]
QUESTION_IDS = [f"{b}:{q.get('id')}" for b, q in QUESTIONS]
TYPES = {"single", "multiple", "true-false"}


def _is_scenario(text: str) -> bool:
    """At least one sentence of situation before the question itself."""
    return len(re.findall(r"[.!?](?:\s|$)", text.strip())) >= 2


def _is_text(value) -> bool:
    return isinstance(value, dict) and all(
        isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGUAGES
    )


def test_at_least_six_banks_and_sixty_questions():
    assert len(BANKS) >= 6, f"only {len(BANKS)} banks"
    assert len(QUESTIONS) >= 60, f"only {len(QUESTIONS)} questions"


def test_all_three_question_types_are_used():
    assert {q.get("type") for _, q in QUESTIONS} == TYPES


def test_most_questions_are_scenarios():
    """A scenario tells a short case ("Seorang ASN …"), then asks what to do or how to judge it."""
    scenarios = [q for _, q in QUESTIONS if _is_scenario(q["text"]["id"])]
    assert len(scenarios) * 2 > len(QUESTIONS), (
        f"only {len(scenarios)} of {len(QUESTIONS)} are scenarios"
    )


@pytest.mark.parametrize("bank_id", sorted(BANKS))
def test_bank_header(bank_id):
    bank = BANKS[bank_id]
    assert bank.get("id") == bank_id, "id must equal the file name stem"
    assert ID_PATTERN.match(bank_id)
    assert _is_text(bank.get("title")), "title needs id and en"
    if "description" in bank:
        assert _is_text(bank["description"])
    assert isinstance(bank.get("questions"), list) and bank["questions"]


@pytest.mark.parametrize("bank_id", sorted(BANKS))
def test_question_ids_are_unique_in_a_bank(bank_id):
    ids = [q.get("id") for q in BANKS[bank_id]["questions"]]
    assert len(ids) == len(set(ids)), f"duplicate question ids in {bank_id}"
    bad = [i for i in ids if not (isinstance(i, str) and ID_PATTERN.match(i))]
    assert not bad, f"malformed question ids: {bad}"


@pytest.mark.parametrize(("bank_id", "q"), QUESTIONS, ids=QUESTION_IDS)
def test_question_follows_the_contract(bank_id, q):
    assert q.get("type") in TYPES
    assert _is_text(q.get("text")), "text needs id and en"
    options = q.get("options")
    assert isinstance(options, list) and len(options) >= 2
    option_ids = [o.get("id") for o in options]
    assert len(option_ids) == len(set(option_ids)), "option ids must be unique"
    assert all(isinstance(i, str) and i for i in option_ids), "option ids must be strings"
    for o in options:
        assert isinstance(o.get("correct"), bool), (
            f"option {o.get('id')}: correct must be true or false"
        )
        if q["type"] != "true-false" or "text" in o:
            assert _is_text(o.get("text")), f"option {o.get('id')}: text needs id and en"
        if "feedback" in o:
            assert _is_text(o["feedback"]), f"option {o.get('id')}: feedback needs id and en"
    correct = sum(o["correct"] for o in options)
    if q["type"] == "true-false":
        assert sorted(option_ids) == ["false", "true"], 'true-false options are "true" and "false"'
    if q["type"] in ("single", "true-false"):
        assert correct == 1, f"{q['type']} needs exactly one correct option"
    else:
        assert correct >= 1, "multiple needs at least one correct option"
    assert _is_text(q.get("explanation")), "explanation needs id and en"
    basis = q.get("basis")
    items = [basis] if isinstance(basis, str) else basis
    assert (
        isinstance(items, list) and items and all(isinstance(b, str) and b.strip() for b in items)
    ), "basis missing"


@pytest.mark.parametrize(("bank_id", "q"), QUESTIONS, ids=QUESTION_IDS)
def test_every_basis_names_a_source_on_the_references_page(bank_id, q):
    basis = q["basis"]
    items = [basis] if isinstance(basis, str) else basis
    for lang in LANGUAGES:
        ref_anchors = anchors(page_path(REFERENCES, lang))
        missing = [b for b in items if slug(source_key(b)) not in ref_anchors]
        assert not missing, (
            f"{lang}: no heading {{ #{slug(source_key(missing[0]))} }} for basis {missing}"
        )


REREADS = [(b, q) for b, q in QUESTIONS if "reread" in q]


@pytest.mark.parametrize(("bank_id", "q"), REREADS, ids=[f"{b}:{q['id']}" for b, q in REREADS])
def test_reread_points_to_an_existing_section(bank_id, q):
    path, _, anchor = q["reread"].partition("#")
    for lang in LANGUAGES:
        dest = resolve_page(CONTENT / "index.md", path, lang)
        assert dest is not None, f"reread {q['reread']}: no such page"
        if anchor:
            assert anchor in anchors(dest), f"reread {q['reread']}: no anchor in {dest.name}"


def test_every_bank_is_used_by_a_page():
    used = set()
    for stem in page_stems():
        for lang in LANGUAGES:
            bank, _ = quiz_reference(load_page(page_path(stem, lang)).metadata)
            if bank:
                used.add(bank)
    unused = sorted(set(BANKS) - used)
    assert not unused, f"banks not shown on any page: {unused}"


@pytest.mark.parametrize("bank_id", sorted(BANKS))
def test_bank_files_contain_no_templating_markers(bank_id):
    text = (QUIZZES / f"{bank_id}.md").read_text("utf-8")
    for marker in ("{{", "{%", "{#"):
        assert marker not in text
