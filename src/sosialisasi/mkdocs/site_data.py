"""Site data the sosialisasi plugins read beside MkDocs' own config and pages.

One small place, so it can move onto the engine-free site model (sosialisasi.site)
once that carries the region, without touching the plugins that use it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sosialisasi.share.meta import plain_text


def region_name(config: Any) -> str:
    """The official name of the region this site is built for ('' for the national site)."""
    name = config.extra.get("region_file")
    if not name:
        return ""
    from sosialisasi.region.validate import load_region

    path = (Path(config.config_file_path).parent / str(name)).resolve()
    region, _ = load_region(path, slug=path.parent.name)  # the region plugin reports problems
    return plain_text(region.name) if region is not None else ""
