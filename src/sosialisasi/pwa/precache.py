"""What a language's service worker keeps, and the version that tells deploys apart.

A reader's language site is its pages, the assets every page uses, its search index and
the quiz assets: enough to read the guide, take the quizzes and open the ikrar page with
no network. Preview images, PDFs, trainer exports and precompressed twins are left out:
they are for sharing or printing, not for reading.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

KEEP_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".png", ".webmanifest", ".woff2"}
# admin/: the regional editor (sosialisasi/editor, 6 MB) is for editors, never for readers.
SKIP_DIRS = ("assets/sosialisasi/share/", "assets/javascripts/lunr/", "admin/")
SKIP_NAMES = {"404.html", "sw.js", "sitemap.xml", "booklets.json"}
SW_FILE = "sw.js"


@dataclass(frozen=True)
class Precache:
    scope: str  # language prefix: '' or 'en/'
    version: str
    urls: tuple[str, ...]  # relative to the language root (where sw.js lives)

    def to_json(self) -> str:
        data = {"scope": self.scope or "/", "version": self.version, "urls": list(self.urls)}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _language_of(relative: str, prefixes: Sequence[str]) -> str:
    return next((p for p in prefixes if p and relative.startswith(p)), "")


NOINDEX = b'<meta name="robots" content="noindex">'
# The engine's name and version in each page: a new deploy with the same content by
# another engine (MkDocs, ProperDocs) is the same version for readers.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def precache(
    site_dir: Path,
    prefix: str,
    prefixes: Sequence[str],
    *,
    directory_urls: bool,
    leave_out: Sequence[str] = (),
) -> Precache:
    """The files of one language (and the shared assets) under `site_dir`. Pages under a
    `leave_out` folder (language-relative, e.g. 'buklet/': the booklet repeats the guide)
    and noindex pages (the trainer's tools) are not kept: readers do not need them."""
    urls: list[str] = []
    digest = hashlib.sha256()
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.is_symlink() or path.suffix not in KEEP_SUFFIXES:
            continue
        relative = path.relative_to(site_dir).as_posix()
        if path.name in SKIP_NAMES or relative.startswith(SKIP_DIRS):
            continue
        shared = relative.startswith("assets/")
        if not shared and _language_of(relative, prefixes) != prefix:
            continue
        if not shared and path.suffix == ".png":
            continue  # images next to pages (QR codes of exports…) are not needed to read
        if not shared and relative[len(prefix) :].startswith(tuple(leave_out)):
            continue
        data = path.read_bytes()
        if path.suffix == ".html" and NOINDEX in data[:4000]:
            continue
        url = relative
        if directory_urls and path.name == "index.html":
            url = relative[: -len("index.html")]
        urls.append(_from_root(url, prefix))
        if path.suffix == ".html":
            data = GENERATOR.sub(b"", data)
        digest.update(relative.encode("utf-8") + b"\0" + data)
    return Precache(scope=prefix, version=digest.hexdigest()[:16], urls=tuple(urls))


def _from_root(url: str, prefix: str) -> str:
    """A site-relative URL as seen from the language root: 'en/x/' -> 'x/', 'en/' -> './',
    'assets/a.css' -> '../assets/a.css' from 'en/'."""
    if url.startswith(prefix):
        return url[len(prefix) :] or "./"
    return "../" * prefix.count("/") + url


def service_worker(cache: Precache) -> str:
    """sw.js: the precache list, then the worker's code (a file of this package)."""
    code = (Path(__file__).parent / "assets" / "sw.js").read_text("utf-8")
    return f"self.SOSIALISASI_PRECACHE = {cache.to_json()};\n{code}"
