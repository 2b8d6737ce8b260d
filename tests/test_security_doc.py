"""SECURITY.md states the threat model and the guarantees, names tests that exist, and
every author guide (both languages) points to it."""

from __future__ import annotations

import re

import pytest

from tests.helpers import REPO

SECURITY = REPO / "SECURITY.md"
GUIDES = ["pemda", "menulis-kuis", "check"]


def test_security_md_states_who_may_write_what_and_what_is_guaranteed():
    text = SECURITY.read_text(encoding="utf-8")
    assert "A regional fork is not trusted by readers" in text
    for heading in ("## Who writes what", "## What the kit guarantees", "## Reporting"):
        assert heading in text
    for path in re.findall(r"`((?:tests|src)/[\w/.-]+\.py)`", text):
        assert (REPO / path).is_file(), f"SECURITY.md names {path}, which does not exist"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("guide", GUIDES)
def test_every_author_guide_points_to_security_md(guide: str, lang: str):
    page = REPO / "content" / "panduan" / f"{guide}.{lang}.md"
    assert "`SECURITY.md`" in page.read_text(encoding="utf-8")
