"""One copy of the assets every site carries, in a tree that holds many sites.

Every built site has the same ``assets/`` (Material's 2.6 MB of scripts, styles and
search worker, and the kit's own files). In an assembled tree (the national site at
its root, each region at ``<slug>/``) a region's asset that is byte-identical to the
national site's file at the same path is removed, and the region's references to it
are pointed at the national copy. Pages hosts count every byte, and links are the
only way to share there: hard links and symlinks are copied (or refused) when the
tree is uploaded. Files that differ (a region's own styles or logo) stay where they are.
"""

from __future__ import annotations

import filecmp
import gzip
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

ASSETS = "assets"
# Files whose URLs resolve against their own location: pages, styles, web manifests.
# (Scripts resolve URLs against the page that runs them; the kit's and Material's
# scripts find assets through the page's own references, rewritten here.)
TEXT_SUFFIXES = frozenset({".html", ".css", ".webmanifest"})
# The service worker lists the files it keeps, relative to itself (sosialisasi.pwa).
TEXT_NAMES = frozenset({"sw.js"})
# A URL in quotes or url(...): relative (x.css, ../../assets/x.css), absolute from the
# host (/slug/assets/x) or full (https://host/slug/assets/x), up to the first quote,
# space, ?, # or ). Only those resolving to a shared file are changed.
REFERENCE = re.compile(r"""(?<=["'(])(?P<host>https?://[^/"'()\s<>]+)?(?P<url>[^"'()\s?#<>]+)""")


@dataclass(frozen=True)
class Shared:
    files: int
    bytes: int


def share_assets(tree: Path, region: str, root_path: str = "/") -> Shared:
    """Replace ``tree/<region>/assets`` files identical to the national ``tree/assets`` ones.

    `region` is the region's folder in `tree` ("jateng"), also its URL path below the
    tree's URL path `root_path` ("/" or "/netralitas/"), where the national site is.
    """
    region = region.strip("/")
    site = tree / region
    national = tree
    shared: set[str] = set()
    size = 0
    assets = site / ASSETS
    if not assets.is_dir():
        return Shared(0, 0)
    for path in sorted(assets.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(site).as_posix()
        twin = national / relative
        if twin.is_file() and not twin.is_symlink() and filecmp.cmp(path, twin, shallow=False):
            shared.add(relative)
    if not shared:
        return Shared(0, 0)
    for path in sorted(site.rglob("*")):
        own = path.relative_to(site).as_posix() not in shared
        text = path.suffix in TEXT_SUFFIXES or path.name in TEXT_NAMES
        if own and text and path.is_file() and not path.is_symlink():
            _repoint(path, site, region, root_path, shared)
    for relative in sorted(shared):
        path = site / relative
        stale = path.with_name(path.name + ".gz")  # a precompressed twin not itself shared
        for gone in (path, stale):
            if gone.is_file():
                size += gone.stat().st_size
                gone.unlink()
    for folder in sorted(assets.rglob("*"), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    if assets.is_dir() and not any(assets.iterdir()):
        assets.rmdir()
    return Shared(len(shared), size)


def _repoint(path: Path, site: Path, region: str, root_path: str, shared: set[str]) -> None:
    """Point `path`'s references to shared assets at the national copies."""
    folder = path.parent.relative_to(site).as_posix()
    folder = "" if folder == "." else folder
    region_url = f"{root_path}{region}/"
    # From the file's folder up to the tree's root, where the national site is.
    up = "../" * len([p for p in f"{region}/{folder}".split("/") if p])

    def replace(match: re.Match[str]) -> str:
        host, url = match.group("host") or "", match.group("url")
        if host or url.startswith("/"):
            target = url[len(region_url) :] if url.startswith(region_url) else None
            if target in shared:
                return f"{host}{root_path}{target}"
            return match.group(0)
        if ":" in url:  # mailto:, data:, javascript: and the like
            return url
        target = posixpath.normpath(posixpath.join(folder, url))
        return up + target if target in shared else url

    text = path.read_text(encoding="utf-8", errors="surrogateescape")
    new = REFERENCE.sub(replace, text)
    if new != text:
        path.write_text(new, encoding="utf-8", errors="surrogateescape")
        twin = path.with_name(path.name + ".gz")  # nginx's gzip_static would serve the old one
        if twin.is_file():
            twin.write_bytes(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
