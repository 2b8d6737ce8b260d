"""The repository's own site and example regions pass `sosialisasi check`.

Only D101 (past the review date) may appear: it depends on the day the suite runs,
and readers are told by the page notice; everything else is a defect of the content.
"""

from __future__ import annotations

import pytest

from sosialisasi.check.runner import run_checks
from sosialisasi.diagnostics import Severity
from sosialisasi.project import Project
from tests.helpers import REPO

REGIONS = sorted(path.parent.name for path in (REPO / "regions").glob("*/mkdocs.yml"))
DATE_DEPENDENT = {"D101"}


@pytest.mark.parametrize("site", ["national", *REGIONS])
def test_the_site_has_no_error_or_warning(site: str):
    config = REPO / "mkdocs.yml" if site == "national" else REPO / "regions" / site / "mkdocs.yml"
    result = run_checks(Project.load(config))
    serious = [
        d.format(REPO)
        for d in result.diagnostics
        if d.severity is not Severity.INFO and d.code not in DATE_DEPENDENT
    ]
    assert not serious, "\n".join(serious)
    assert len(result.rules) >= 8


def test_the_example_regions_are_all_checked():
    assert set(REGIONS) >= {"bali", "sinjai", "jembrana"}
