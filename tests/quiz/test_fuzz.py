"""Whatever an author writes, validation answers with diagnostics, never an exception."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sosialisasi.quiz.load import parse_source
from sosialisasi.quiz.validate import validate_source
from tests.quiz.conftest import FIXTURES

VALID = (FIXTURES / "valid" / "lengkap.md").read_text(encoding="utf-8")

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=12), st.floats(allow_nan=False)
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(["id", "en", "type", "text", "x"]), children, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str):
    source = parse_source(Path("fuzz.md"), text)
    validate_source(source, ("id", "en"))


@settings(max_examples=150, deadline=None)
@given(
    cut=st.integers(min_value=0, max_value=len(VALID)),
    junk=st.sampled_from(["", ":", "- ", "{", "]", '"', "\n  ", "\t", "&a", "*a", "!!int x"]),
)
def test_a_damaged_bank_never_raises(cut: int, junk: str):
    source = parse_source(Path("lengkap.md"), VALID[:cut] + junk + VALID[cut:])
    report = validate_source(source, ("id", "en"))
    assert report.bank is not None or report.diagnostics


@settings(max_examples=150, deadline=None)
@given(questions=values, title=values)
def test_any_yaml_structure_never_raises(questions, title):
    front = yaml.safe_dump({"id": "fuzz", "title": title, "questions": questions})
    report = validate_source(parse_source(Path("fuzz.md"), f"---\n{front}---\n"), ("id", "en"))
    assert report.bank is not None or report.diagnostics
