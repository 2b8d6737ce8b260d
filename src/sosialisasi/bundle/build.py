"""Build the offline site into a temporary folder, check it, add a start page, zip it.

The zip replaces its target only when everything succeeded: a failed build leaves
an earlier bundle as it was, and nothing half-written is ever left behind.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sosialisasi.bundle.start import START_PAGE, start_page
from sosialisasi.project import Project

OFFLINE_ENV = "SOSIALISASI_OFFLINE"
SHIM = "assets/vendor/iframe-worker/shim.js"
# Fixed entry times make two bundles of the same site byte-identical.
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


class BundleError(Exception):
    """The bundle cannot be made as configured; the message says how to fix it."""


@dataclass(frozen=True)
class BundleResult:
    path: Path
    zip_bytes: int
    files: int
    unzipped_bytes: int


def bundle_name(base_config: Path, region: str | None = None) -> str:
    """'netralitas-asn-offline' from the national site_name, '-<region>' for a region."""
    name = str(Project.load(base_config).config.get("site_name") or "site")
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "site"
    return f"{slug}-offline" + (f"-{region}" if region else "")


def build_bundle(config: Path, output: Path, name: str) -> BundleResult:
    """Strict offline build of ``config`` zipped to ``output`` (a folder ``name/`` inside)."""
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{output.stem}.tmp-", dir=output.parent))
    try:
        site = work / name
        _build(config, site)
        _check(site, config)
        _prune(site)
        project = Project.load(config)
        (site / START_PAGE).write_text(start_page(project), encoding="utf-8")
        partial = work / output.name
        files, size = _zip(site, partial, name)
        os.replace(partial, output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return BundleResult(output, output.stat().st_size, files, size)


def _build(config: Path, site: Path) -> None:
    env = {**os.environ, OFFLINE_ENV: "true", "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    result = subprocess.run([*command, "--site-dir", str(site)], env=env, check=False)
    if result.returncode != 0:
        raise BundleError(
            f"the offline build of {config} failed; the messages above say why. "
            "No bundle was written."
        )


def _check(site: Path, config: Path) -> None:
    """The build really is the offline one, and fetches nothing from elsewhere."""
    if not (site / "search" / "search_index.js").is_file() or not (site / SHIM).is_file():
        raise BundleError(
            f"{config} did not build an offline site: its `plugins:` need "
            "`- sosialisasi/offline` and, after the i18n plugins, "
            f"`- offline: {{enabled: !ENV [{OFFLINE_ENV}, false]}}` (as the national mkdocs.yml "
            "has them). A region that copies `plugins:` must copy these too."
        )
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8", errors="replace")
        found = next(_fetched(text), None)
        if found:
            raise BundleError(
                f"{page.relative_to(site)} loads {found} from the network; an offline bundle "
                "must not. Remove that script, stylesheet or image, or ship it in the site."
            )


REMOTE = re.compile(r"^(?:https?:)?//", re.I)
# <link> relations a browser fetches; canonical and alternate links are only addresses.
FETCHED_RELS = frozenset(
    {"stylesheet", "preload", "modulepreload", "preconnect", "icon", "manifest"}
)


def _fetched(html: str) -> Iterator[str]:
    """Remote URLs a page makes the browser load: scripts, images, fetched <link>s."""
    for tag, attributes in re.findall(r"<(script|img|iframe|link)\b([^>]*)>", html, re.I):
        values = dict(re.findall(r'([a-z-]+)="([^"]*)"', attributes, re.I))
        url = values.get("href" if tag.lower() == "link" else "src", "")
        if tag.lower() == "link" and not FETCHED_RELS & set(values.get("rel", "").split()):
            continue
        if REMOTE.match(url):
            yield url


def _prune(site: Path) -> None:
    """Leave out what no reader's browser loads: source maps, unused search languages,
    404 pages (no server answers a missing file with them; their links are absolute).

    Material loads a lunr language file only for a language other than English in a
    search index's ``config.lang``; sosialisasi's indexes use English or none.
    """
    for unused in (*site.rglob("*.map"), *site.rglob("404.html")):
        unused.unlink()
    languages: set[str] = set()
    for index in site.rglob("search/search_index.json"):
        config = json.loads(index.read_text(encoding="utf-8")).get("config", {})
        languages |= set(config.get("lang") or [])
    if languages <= {"en"}:
        shutil.rmtree(site / "assets" / "javascripts" / "lunr", ignore_errors=True)


def _zip(site: Path, target: Path, name: str) -> tuple[int, int]:
    files = size = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(site.rglob("*")):
            if not path.is_file():
                continue
            info = zipfile.ZipInfo(f"{name}/{path.relative_to(site).as_posix()}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = path.read_bytes()
            zf.writestr(info, data, compresslevel=9)
            files += 1
            size += len(data)
    return files, size
