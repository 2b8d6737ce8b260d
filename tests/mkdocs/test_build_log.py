"""The build log: static-i18n's notes about intended settings are held back and
explained in one line, so a newcomer sees no alarming lines; real problems still show."""

from __future__ import annotations

import logging
from pathlib import Path

from sosialisasi.mkdocs.i18n import quiet
from tests.helpers import REPO, mkdocs_build

FIXTURE = REPO / "tests" / "fixtures" / "sites" / "bilingual" / "mkdocs.yml"


def test_a_bilingual_build_explains_the_expected_notes_once(tmp_path: Path):
    result = mkdocs_build(FIXTURE, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    log = result.stderr
    assert "Overriding 'en' config" not in log
    assert "is not supported by lunr.js" not in log
    assert log.count(quiet.EXPLANATION) == 1
    assert "Building 'en' documentation" in log  # static-i18n's other lines still show


def test_only_expected_notes_at_info_are_held(caplog):
    notes = quiet.install()
    assert quiet.install() is notes  # once per process
    logger = logging.getLogger(quiet.LOGGER)
    held = notes.held
    with caplog.at_level(logging.INFO, logger=quiet.LOGGER):
        logger.info("mkdocs_static_i18n: Overriding 'en' config 'site_name' with 'X'")
        logger.warning("mkdocs_static_i18n: Overriding 'en' config 'site_name' with 'X'")
        logger.info("mkdocs_static_i18n: Something else happened")
    assert notes.held == held + 1
    assert [r.levelname for r in caplog.records] == ["WARNING", "INFO"]
