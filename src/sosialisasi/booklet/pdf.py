"""Print each booklet page of a built site to PDF with headless Chromium.

Reads the manifest the booklet plugin writes (``assets/sosialisasi/booklets.json``),
prints every booklet to its PDF (A4 from the booklet's CSS, a document outline from its
headings), refuses a PDF too large to forward on WhatsApp, and then shows the PDF links
that the pages carry hidden. Without Chromium nothing changes: the links stay hidden.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "assets/sosialisasi/booklets.json"
SIZE_LIMIT = 3_000_000  # bytes: forwarded on WhatsApp over slow mobile data
# Until the PDF exists its link is hidden and not a link at all (a link to a missing file
# is a broken link, e.g. in the offline bundle, and an <a> without href is not crawlable):
# <span data-href="X">…</span> becomes <a href="X">…</a>.
HIDDEN = "data-booklet-pdf hidden"
SHOWN = "data-booklet-pdf"
PENDING_LINK = re.compile(r'<span data-href="([^"<>]*)">([^<]*)</span>')
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class PdfError(Exception):
    """A booklet could not be printed: the message says which and why."""


@dataclass(frozen=True)
class Printed:
    locale: str
    pdf: Path
    size: int


def find_chromium(explicit: str | None = None) -> str | None:
    """The browser to print with: an explicit path, $CHROMIUM_PATH, or one on PATH."""
    for candidate in (explicit, os.environ.get("CHROMIUM_PATH")):
        if candidate:
            return candidate if os.access(candidate, os.X_OK) else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def has_booklets(site_dir: Path) -> bool:
    """Whether the built site has booklets to print (its mkdocs.yml lists the plugin)."""
    return (site_dir / MANIFEST).is_file()


def read_manifest(site_dir: Path) -> list[dict]:
    path = site_dir / MANIFEST
    if not path.is_file():
        raise PdfError(
            f"{path} is missing: build the site first (make build), with the "
            "sosialisasi/booklet plugin in mkdocs.yml."
        )
    try:
        entries = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise PdfError(f"{path} cannot be read ({error}): build the site again.") from error
    return [e for e in entries if isinstance(e, dict) and "page" in e and "pdf" in e]


def _inside(site_dir: Path, relative: str) -> Path:
    path = (site_dir / relative).resolve()
    if not path.is_relative_to(site_dir.resolve()):
        raise PdfError(f"{MANIFEST} names {relative!r}, outside the site: build the site again.")
    return path


def print_pdf(chromium: str, page: Path, pdf: Path, *, timeout: int = 180) -> None:
    """One page to one PDF; the file appears whole or not at all."""
    pdf.parent.mkdir(parents=True, exist_ok=True)
    partial = pdf.with_name(f".{pdf.name}.tmp")
    with tempfile.TemporaryDirectory(prefix="sosialisasi-pdf-") as profile:
        command = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            f"--print-to-pdf={partial}",
            page.as_uri(),
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            partial.unlink(missing_ok=True)
            raise PdfError(f"Chromium ({chromium}) could not print {page}: {error}") from error
    if result.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        tail = (result.stderr or "").strip().splitlines()[-3:]
        raise PdfError(f"Chromium could not print {page}: {' / '.join(tail) or 'no PDF'}")
    partial.replace(pdf)


def show_links(site_dir: Path, pages: list[str]) -> None:
    for relative in pages:
        path = _inside(site_dir, relative)
        if path.is_file():
            text = path.read_text("utf-8")
            if HIDDEN in text:
                text = PENDING_LINK.sub(r'<a href="\1">\2</a>', text.replace(HIDDEN, SHOWN))
                path.write_text(text, "utf-8")


def make_pdfs(site_dir: Path, chromium: str, *, size_limit: int = SIZE_LIMIT) -> list[Printed]:
    """Print every booklet of the built site; show its links once its PDF is there."""
    printed = []
    for entry in read_manifest(site_dir):
        page = _inside(site_dir, entry["page"])
        pdf = _inside(site_dir, entry["pdf"])
        if not page.is_file():
            raise PdfError(f"{page} is missing: build the site again.")
        print_pdf(chromium, page, pdf)
        size = pdf.stat().st_size
        if size > size_limit:
            pdf.unlink()
            raise PdfError(
                f"{entry['pdf']} would be {size / 1e6:.1f} MB, over {size_limit / 1e6:.1f} MB: "
                "too large to forward on WhatsApp. Remove images from the guidance pages, or "
                "narrow the `include` option of sosialisasi/booklet."
            )
        show_links(site_dir, [str(x) for x in entry.get("links", [])])
        printed.append(Printed(str(entry.get("locale", "")), pdf, size))
    return printed
