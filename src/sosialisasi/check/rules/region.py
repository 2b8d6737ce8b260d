"""Region data and region templating: what a strict build of the site would report.

For a region (``sosialisasi check --region <slug>``) this lists every field a page
shows but the region left empty (with file and line), invalid region data,
template errors, and the base pages the region replaces. For the national site it
finds region text that a page shows without an ``{% if region %}`` guard.
"""

from __future__ import annotations

from collections.abc import Iterable

from sosialisasi.diagnostics import Diagnostic
from sosialisasi.project import Project
from sosialisasi.region.audit import audit_site

NAME = "region"


def check(project: Project) -> Iterable[Diagnostic]:
    return audit_site(project.config_path)
