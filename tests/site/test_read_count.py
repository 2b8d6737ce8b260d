"""One real two-language build reads each page and bank once (issue 20).

The build context shares one site model between the plugins and static-i18n's
language builds; this counts the site model's reads (its one read function, wrapped)
and every opening of mkdocs.yml, in an in-process ``mkdocs build`` of the repository.
"""

from __future__ import annotations

import builtins
import io
from collections import Counter
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from sosialisasi.site import reading
from tests.helpers import REPO


@pytest.fixture(scope="module")
def counted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Counter, Counter]:
    reads: Counter[Path] = Counter()
    opens: Counter[Path] = Counter()
    real_read, real_open = reading.read_text, builtins.open
    config_file = (REPO / "mkdocs.yml").resolve()

    def read_text(path: Path) -> str:
        reads[Path(path).resolve()] += 1
        return real_read(path)

    def counting_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        named = isinstance(file, (str, Path)) and Path(file).name == "mkdocs.yml"
        if named and Path(file).resolve() == config_file:
            opens[config_file] += 1
        return real_open(file, *args, **kwargs)

    mp = pytest.MonkeyPatch()
    mp.setattr(reading, "read_text", read_text)
    mp.setattr(builtins, "open", counting_open)
    mp.setattr(io, "open", counting_open)
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    try:
        config = load_config(str(config_file), site_dir=str(tmp_path_factory.mktemp("site")))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    finally:
        mp.undo()
    return reads, opens


def _sources(folder: str) -> list[Path]:
    return sorted(p.resolve() for p in (REPO / folder).rglob("*.md"))


def test_each_page_is_read_once_per_outer_build(counted):
    reads, _ = counted
    pages = _sources("content")
    assert pages, "the repository has content pages"
    assert {p: reads[p] for p in pages} == {p: 1 for p in pages}


def test_each_bank_is_read_once_per_outer_build(counted):
    reads, _ = counted
    banks = _sources("quizzes")
    assert banks
    assert {p: reads[p] for p in banks} == {p: 1 for p in banks}


def test_the_config_is_parsed_at_most_twice(counted):
    _, opens = counted
    assert 1 <= sum(opens.values()) <= 2, opens
