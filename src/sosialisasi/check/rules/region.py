"""Region data and region templating: what a strict build of the site would report.

For a region (``sosialisasi check --region <slug>``) this lists every field a page
shows but the region left empty (with file and line), invalid region data,
template errors, and the base pages the region replaces. For the national site it
finds region text that a page shows without an ``{% if region %}`` guard.
"""

from __future__ import annotations

from collections.abc import Iterable

from sosialisasi.check.site import Site
from sosialisasi.diagnostics import Diagnostic
from sosialisasi.region.audit import audit_site

NAME = "region"


def check(site: Site) -> Iterable[Diagnostic]:
    return audit_site(site.project.config_path, site.content)
