"""`sosialisasi pdf`: the booklet of each language of a built site as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from sosialisasi.booklet.pdf import PdfError, find_chromium, make_pdfs
from sosialisasi.cli import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "pdf",
        help="print the booklet of each language of a built site to PDF (needs Chromium)",
        description="Print the booklet page of each language (buklet/, en/buklet/) of a "
        "built site to an A4 PDF beside it, with Chromium, and show the PDF links on the "
        "booklet and home pages. Run it after the build, before uploading the site.",
    )
    parser.add_argument(
        "--site", type=Path, default=Path("site"), help="the built site (default: %(default)s)"
    )
    parser.add_argument(
        "--chromium", metavar="PATH", help="the browser (default: $CHROMIUM_PATH or on PATH)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    chromium = find_chromium(args.chromium)
    if chromium is None:
        raise UserError(
            "Chromium was not found: install it (Debian: apt-get install chromium) or name it "
            "with --chromium PATH or CHROMIUM_PATH."
        )
    try:
        printed = make_pdfs(args.site, chromium)
    except PdfError as error:
        raise UserError(str(error)) from error
    for item in printed:
        print(f"{item.locale}: {item.pdf} ({item.size / 1e6:.2f} MB)")
    return 0
