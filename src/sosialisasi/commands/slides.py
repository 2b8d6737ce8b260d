"""`sosialisasi slides`: a session plan of the trainer's guide as an editable .pptx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sosialisasi.cli import UserError
from sosialisasi.commands.export import _project
from sosialisasi.slides import SESSIONS, GuideError, load_source, write_slides


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "slides",
        help="write the slides (.pptx) of a session plan of the trainer's guide",
        description="Write a PowerPoint file (.pptx; LibreOffice Impress opens it too) for "
        "the 45- or 90-minute session plan of the trainer's guide (pelatih/index.<lang>.md): "
        "the plan, the talking points with their legal bases, the discussion scenarios, the "
        "quiz questions with answers and explanations in the speaker notes, and the QR code "
        "to the site.",
    )
    parser.add_argument("--session", type=int, choices=SESSIONS, required=True, help="minutes")
    parser.add_argument("--lang", metavar="LANG", help="language (default: the site's default)")
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help="where to write (default: sosialisasi-<session>-<lang>.pptx here)",
    )
    parser.add_argument(
        "--config", "-f", default="mkdocs.yml", help="the site's mkdocs.yml (default: %(default)s)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    project = _project(Path(args.config), None)
    locale = args.lang or project.locales[0]
    if locale not in project.locales:
        raise UserError(
            f"this site has no language '{locale}'; use --lang with one of: "
            f"{', '.join(project.locales)}."
        )
    output = args.output or Path(f"sosialisasi-{args.session}-{locale}.pptx")
    if output.suffix.lower() != ".pptx":
        raise UserError(f"{output}: the file name must end in .pptx.")
    if not output.resolve().parent.is_dir():
        raise UserError(f"{output.resolve().parent}: no such folder for --output.")
    try:
        count = write_slides(load_source(project), args.session, locale, output.resolve())
    except GuideError as error:
        raise UserError(str(error)) from None
    print(f"Written {output.resolve()} ({count} slides)", file=sys.stderr)
    return 0
