"""Page templates have time and size limits: a huge value, a huge power, huge output or
nested loops end in R126 with file and line, never a hang or exhausted memory."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sosialisasi.region.model import EMPTY_REGION
from sosialisasi.region.template import PageInfo, TemplateProblem, render
from tests.check.test_inert_build import inert_copy
from tests.helpers import mkdocs_build

ATTACKS = {
    "repeat": "{{ 'x' * 20000000 }}",
    "repeat-list": "{{ [1] * 100000000 }}",
    "power": "{{ 10 ** 100000000 }}",
    "output": "{% for a in range(3000) %}{{ 'x' * 1000 }}{% endfor %}",
    "loops": "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_template_over_its_limit_is_r126_at_its_line(attack: str):
    page = PageInfo("id", Path("daerah/index.id.md"), "daerah/index.id.md", line_offset=4)
    source = f"# Judul\n\nTeks biasa.\n{ATTACKS[attack]}\n"
    started = time.monotonic()
    with pytest.raises(TemplateProblem) as caught:
        render(source, EMPTY_REGION, page)
    assert time.monotonic() - started < 60  # a bound against a hang, not a speed test
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == "R126", diagnostic.format()
    assert diagnostic.line == 8 and diagnostic.file == page.file


def test_ordinary_templates_are_untouched():
    page = PageInfo("id")
    text, _ = render(
        "{% for a in range(3) %}{{ a * 2 }}{{ 'ab' * 3 }}{% endfor %}", EMPTY_REGION, page
    )
    assert text == "0ababab2ababab4ababab"


@pytest.mark.slow
def test_the_build_stops_a_looping_page_with_file_and_line(tmp_path: Path):
    source = inert_copy(tmp_path / "src")
    config = source / "mkdocs.yml"
    page = source / "docs" / "index.id.md"
    page.write_text(page.read_text() + f"\n{ATTACKS['loops']}\n", encoding="utf-8")
    result = mkdocs_build(config, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert "index.id.md:11: error R126" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
