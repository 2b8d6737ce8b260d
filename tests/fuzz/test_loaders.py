"""Whatever an author writes, the loaders answer with a model or with diagnostics, never
with an unexpected exception: quiz banks, region files, page frontmatter and Markdown.

Deterministic (``derandomize=True``, no example database) so CI runs the same examples
every time; ``EXAMPLES`` per target. ``pytest tests/fuzz --hypothesis-show-statistics``
prints how many ran.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sosialisasi.check.rules.frontmatter import check_page
from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.quiz.validate import load_bank
from sosialisasi.region.validate import load_region
from sosialisasi.site.content import Page
from sosialisasi.site.frontmatter import read_frontmatter
from sosialisasi.site.markdown import analyse
from sosialisasi.yaml_limits import expanded_size
from tests.fuzz.strategies import (
    LOCALES,
    alias_bomb,
    damaged,
    dump,
    hostile_yaml,
    mutated,
    valid_banks,
    valid_regions,
)

EXAMPLES = 300
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


_FOLDER = Path(tempfile.mkdtemp(prefix="sosialisasi-fuzz-"))


@pytest.fixture(scope="module", autouse=True)
def _cleanup():
    yield
    shutil.rmtree(_FOLDER, ignore_errors=True)


def written(name: str, content: str | bytes) -> Path:
    """``content`` in a temporary file, overwritten by each example."""
    path = _FOLDER / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return path


def assert_diagnostics(found: list[Diagnostic]) -> None:
    for diagnostic in found:
        assert isinstance(diagnostic, Diagnostic)
        assert diagnostic.code[:1].isalpha() and diagnostic.code[1:].isdigit(), diagnostic
        assert isinstance(diagnostic.severity, Severity)
        assert diagnostic.message


def errors(found: list[Diagnostic]) -> list[str]:
    return [d.format() for d in found if d.severity is Severity.ERROR]


def bank_file(front: str) -> Path:
    return written("fuzz.md", f"---\n{front}---\nNote.\n")


def check_bank(path: Path) -> tuple[object, list[Diagnostic]]:
    report = load_bank(path, LOCALES)
    assert_diagnostics(report.diagnostics)
    assert report.bank is not None or errors(report.diagnostics), "no model and no error"
    return report.bank, report.diagnostics


def check_region(path: Path) -> tuple[object, list[Diagnostic]]:
    region, found = load_region(path, slug="fuzz", locales=LOCALES)
    assert_diagnostics(found)
    assert region is not None or errors(found), "no model and no error"
    return region, found


# -- quiz banks -------------------------------------------------------------------------


@FUZZ
@given(bank=valid_banks())
def test_a_valid_bank_loads_into_a_model(bank):
    model, found = check_bank(bank_file(dump(bank)))
    assert model is not None and not errors(found), errors(found)


@FUZZ
@given(bank=mutated(valid_banks()))
def test_a_bank_with_wrong_or_missing_parts_gets_diagnostics(bank):
    check_bank(bank_file(dump(bank)))


@FUZZ
@given(text=st.one_of(damaged(valid_banks().map(dump)), hostile_yaml))
def test_damaged_bank_yaml_gets_diagnostics(text):
    check_bank(bank_file(text))


@FUZZ
@given(raw=st.binary(max_size=400), prefix=st.sampled_from([b"", b"---\nid: x\n", b"\xef\xbb\xbf"]))
def test_any_bytes_as_a_bank_get_diagnostics(raw, prefix):
    check_bank(written("fuzz.md", prefix + raw))


# -- region files -----------------------------------------------------------------------


@FUZZ
@given(region=valid_regions())
def test_a_valid_region_loads_into_a_model(region):
    model, found = check_region(written("region.yml", dump(region)))
    assert model is not None and not errors(found), errors(found)


@FUZZ
@given(region=mutated(valid_regions()))
def test_a_region_with_wrong_or_missing_parts_gets_diagnostics(region):
    check_region(written("region.yml", dump(region)))


@FUZZ
@given(text=st.one_of(damaged(valid_regions().map(dump)), hostile_yaml))
def test_damaged_region_yaml_gets_diagnostics(text):
    check_region(written("region.yml", text))


@FUZZ
@given(raw=st.binary(max_size=400))
def test_any_bytes_as_a_region_get_diagnostics(raw):
    check_region(written("region.yml", raw))


# -- pages ------------------------------------------------------------------------------

page_texts = st.one_of(
    st.text(max_size=600),
    damaged(
        st.builds(
            lambda title, body: (
                f"---\ntitle: {title}\ndescription: {title}\n"
                f"last_reviewed: 2026-11-23\nreview_by: 2027-05-23\n---\n# {title}\n\n{body}\n"
            ),
            st.text(max_size=40),
            st.text(max_size=300),
        )
    ),
    hostile_yaml.map(lambda yaml_text: f"---\n{yaml_text}---\nBody\n"),
)


@FUZZ
@given(text=page_texts)
def test_any_page_gets_frontmatter_findings_never_an_exception(text):
    path = written("page.id.md", text)
    page = Page(path, "page.id.md", "page.md", "id", own=True)
    assert_diagnostics(check_page(page))
    meta = read_frontmatter(text)
    assert meta.readable or meta.problem or not meta.present


markdown_bits = st.sampled_from(
    [
        "# h { #a }",
        "## h",
        "[x](y.md#z)",
        "![i](j.png)",
        "<b>",
        "```",
        "    code",
        "!!! note",
        "??? tip",
        "{: #q }",
        "| a | b |",
        "|---|---|",
        "[r]: u.md",
        "[r][r]",
        "<!--",
        "*",
        "\\",
    ]
)


@FUZZ
@given(
    lines=st.lists(st.one_of(markdown_bits, st.text(max_size=30)), max_size=40),
    first=st.integers(1, 50),
)
def test_any_markdown_is_analysed_with_lines_inside_the_text(lines, first):
    body = "\n".join(lines)
    info = analyse(body, first)
    last = first + body.count("\n")
    for line in [h.line for h in info.headings] + [link.line for link in info.links]:
        assert first <= line <= last
    assert len(info.anchors) >= len(info.explicit)


@pytest.mark.parametrize("depth", [17, 40])
def test_an_alias_bomb_is_refused_before_it_is_expanded(depth: int):
    bank, found = check_bank(bank_file(alias_bomb(depth)))
    assert bank is None and "aliases" in found[0].message
    region, found = check_region(written("region.yml", alias_bomb(depth)))
    assert region is None and "aliases" in found[0].message


def test_the_expanded_size_counts_each_alias_where_it_is_used():
    # The mapping, its 3 keys, a0 = [lol, lol] (3), a1 = [a0, a0] (7), a2 = [a1, a1] (15).
    assert expanded_size(yaml.compose(alias_bomb(3))) == 1 + 3 + 3 + 7 + 15
    assert expanded_size(yaml.compose("a: [1, 2]")) == 5
    assert expanded_size(yaml.compose(alias_bomb(30)), limit=1000) == 1001


TARGETS: list[Callable] = [
    test_a_valid_bank_loads_into_a_model,
    test_a_bank_with_wrong_or_missing_parts_gets_diagnostics,
    test_damaged_bank_yaml_gets_diagnostics,
    test_any_bytes_as_a_bank_get_diagnostics,
    test_a_valid_region_loads_into_a_model,
    test_a_region_with_wrong_or_missing_parts_gets_diagnostics,
    test_damaged_region_yaml_gets_diagnostics,
    test_any_bytes_as_a_region_get_diagnostics,
    test_any_page_gets_frontmatter_findings_never_an_exception,
    test_any_markdown_is_analysed_with_lines_inside_the_text,
]


def test_every_target_is_deterministic_and_sized():
    for target in TARGETS:
        chosen = target._hypothesis_internal_use_settings  # type: ignore[attr-defined]
        assert chosen.derandomize and chosen.database is None
        assert chosen.max_examples == EXAMPLES
