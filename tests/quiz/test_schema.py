"""The shipped JSON Schema agrees with the validator wherever a schema can say it."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from sosialisasi.quiz.load import read_source
from sosialisasi.quiz.schema import SCHEMA_PATH, load_schema
from tests.quiz.conftest import ERROR_BANKS, VALID_BANKS, expectations

# What a schema cannot express: YAML syntax and duplicate keys (seen before JSON exists),
# uniqueness of ids inside lists of objects, and the file name the bank id must equal.
SCHEMA_BLIND = {"Q100", "Q105", "Q106", "Q114"}
SCHEMA_VISIBLE = [
    path
    for path in ERROR_BANKS
    if not {e.code for e in expectations(path)} & SCHEMA_BLIND
    and path.stem != "q104-id-not-file-name"
]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_ships_inside_the_package():
    assert SCHEMA_PATH.is_file()
    assert "sosialisasi/quiz/schema" in SCHEMA_PATH.as_posix()
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", VALID_BANKS, ids=lambda p: p.stem)
def test_valid_banks_pass_the_schema(path: Path, validator):
    errors = list(validator.iter_errors(read_source(path).data))
    assert not errors, [e.message for e in errors]


@pytest.mark.parametrize("path", SCHEMA_VISIBLE, ids=lambda p: p.stem)
def test_the_schema_rejects_what_it_can_see(path: Path, validator):
    assert list(validator.iter_errors(read_source(path).data)), f"schema accepts {path.name}"


def test_most_errors_are_visible_to_the_schema():
    assert len(SCHEMA_VISIBLE) >= len(ERROR_BANKS) - 7
