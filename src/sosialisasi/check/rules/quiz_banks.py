"""Quiz banks and the pages that show them: the same checks the build runs."""

from __future__ import annotations

from collections.abc import Iterable

from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic

NAME = "quiz-banks"


def check(site: Site) -> Iterable[Diagnostic]:
    return site.catalog.diagnostics
