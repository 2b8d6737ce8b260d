"""`sosialisasi new-region SLUG --name "…" --level kabupaten`: scaffold a region folder."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from sosialisasi.region.model import Level
from sosialisasi.region.scaffold import NewRegion, ScaffoldError, scaffold_region


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new-region",
        help="create regions/<slug>/ for a province, kabupaten or kota",
        description=(
            "Create regions/<slug>/ with commented templates in both languages: mkdocs.yml "
            "(inherits the national site), region.yml (the region's data) and pages "
            "(a region home page and a page on the region's own circular)."
        ),
    )
    parser.add_argument("slug", help="folder name: lowercase letters, digits, hyphens (jembrana)")
    parser.add_argument(
        "--name", required=True, help='official name, e.g. "Pemerintah Kabupaten Jembrana"'
    )
    parser.add_argument(
        "--level", required=True, choices=[level.value for level in Level], help="level"
    )
    parser.add_argument(
        "--editor-repo",
        default="",
        help="repository the /admin/ editor commits to (owner/name); empty: local editing only",
    )
    parser.add_argument(
        "--editor-backend",
        default="github",
        choices=["github", "gitlab"],
        help="Git host of --editor-repo (default: github)",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=Path("."),
        help="folder of the national mkdocs.yml (default: .)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from sosialisasi.cli import UserError

    request = NewRegion(
        slug=args.slug,
        name=args.name.strip(),
        level=Level(args.level),
        today=dt.date.today(),
        editor_backend=args.editor_backend,
        editor_repo=args.editor_repo.strip(),
    )
    root = args.root.resolve()
    try:
        written = scaffold_region(root, request)
    except ScaffoldError as error:
        raise UserError(str(error)) from None
    folder = root / "regions" / request.slug
    print(f"Created {folder.relative_to(root)}/ ({len(written)} files):")
    for path in written:
        print(f"  {path.relative_to(root)}")
    print(
        "\nNext:\n"
        f"  1. fill in regions/{request.slug}/region.yml (names, circulars, sources);\n"
        f"  2. make build REGION={request.slug}   (a strict build lists every field still empty);\n"
        f"  3. make serve REGION={request.slug}   (preview on http://127.0.0.1:8000/{request.slug}/);\n"
        f"  4. or edit in the browser: make edit REGION={request.slug}, then open\n"
        f"     http://127.0.0.1:8000/{request.slug}/admin/ (no account needed on this computer).\n"
        "The guide 'Panduan pemerintah daerah' on the site explains each step."
    )
    return 0
