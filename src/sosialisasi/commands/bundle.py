"""`sosialisasi bundle`: the site as a zip that works offline, opened from file://."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sosialisasi.address import build_warning
from sosialisasi.bundle import BundleError, build_bundle, bundle_name
from sosialisasi.cli import UserError
from sosialisasi.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bundle",
        help="zip the site for offline use (open it from the unzipped folder)",
        description="Strict-build the site with Material's offline plugin and zip it: "
        "unzipped anywhere, it works from file:// without internet (navigation, both "
        "languages, search, quizzes, trainer pages, the pledge sheet).",
    )
    parser.add_argument(
        "--config",
        "-f",
        default="mkdocs.yml",
        help="the national mkdocs.yml (default: %(default)s)",
    )
    parser.add_argument("--region", metavar="SLUG", help="bundle the region regions/SLUG/")
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="PATH",
        help="the zip to write (default: dist/<site>-offline[-SLUG].zip)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    base = Path(args.config)
    if not base.is_file():
        raise UserError(f"{base}: no such file; pass the site's mkdocs.yml with --config.")
    config = base
    if args.region:
        from sosialisasi.commands.check import _region_config

        config = _region_config(base, args.region)
    name = bundle_name(base, args.region)
    output = args.output or base.parent / "dist" / f"{name}.zip"
    if output.suffix != ".zip":
        raise UserError(f"{output}: the bundle is a zip file; end --output with '.zip'.")
    try:
        result = build_bundle(config, output, name)
    except BundleError as error:
        raise UserError(str(error)) from None
    print(
        f"Bundle written to {result.path}: {result.zip_bytes:,} bytes zipped, "
        f"{result.files} files, {result.unzipped_bytes:,} bytes unzipped. Unzip it and open "
        f"{name}/BUKA-SAYA.html (or index.html)."
    )
    warning = build_warning(Project.load(config).config.get("site_url"))
    if warning:
        print(warning, file=sys.stderr)
    return 0
