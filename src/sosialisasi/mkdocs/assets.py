"""Page assets of the sosialisasi plugins: files copied into the site, linked per page.

Each feature keeps its CSS/JS in its core package and links it only on the pages that
use it, with a content hash in the query so a changed file is never served stale.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from mkdocs.utils import get_relative_url

ASSET_DIR = "assets/sosialisasi"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def insert_before(html: str, marker: str, tag: str) -> str:
    """`tag` just before the last `marker` (e.g. ``</head>``), or at the end without one."""
    index = html.rfind(marker)
    return html + tag if index < 0 else f"{html[:index]}{tag}{html[index:]}"


def asset_url(name: str, page_url: str, version: str) -> str:
    return f"{get_relative_url(f'{ASSET_DIR}/{name}', page_url)}?v={version}"


def link_assets(output: str, page_url: str, source: Path, names: Iterable[str]) -> str:
    """Link the CSS (in <head>) and JS (deferred, end of <body>) files `names` of `source`."""
    for name in names:
        url = asset_url(name, page_url, digest(source / name))
        if name.endswith(".css"):
            output = insert_before(output, "</head>", f'<link rel="stylesheet" href="{url}">')
        else:
            output = insert_before(output, "</body>", f'<script src="{url}" defer></script>')
    return output


def copy_assets(site_dir: str, source: Path, names: Iterable[str]) -> None:
    target = Path(site_dir) / ASSET_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        (target / name).write_bytes((source / name).read_bytes())
