"""`sosialisasi check`: find content problems without building the site."""

from __future__ import annotations

import argparse
from pathlib import Path

from sosialisasi.check.report import FORMATS
from sosialisasi.check.runner import run_checks
from sosialisasi.check.settings import today
from sosialisasi.cli import UserError
from sosialisasi.project import Project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check quiz banks, region data and pages without building (exit 1 on errors)",
        description="Check content without building the site: quiz banks, the pages that "
        "show them, and more. Exit code 1 when an error is found.",
    )
    parser.add_argument(
        "--config", "-f", default="mkdocs.yml", help="the site's mkdocs.yml (default: %(default)s)"
    )
    parser.add_argument(
        "--region",
        metavar="SLUG",
        help="check the region regions/SLUG/ (its mkdocs.yml beside the --config file)",
    )
    parser.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="text",
        help="text for people, github for CI annotations, json for tools (default: text)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="also fail on warnings, like mkdocs --strict"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = Path(args.config)
    if args.region:
        config = _region_config(config, args.region)
    if not config.is_file():
        raise UserError(f"{config}: no such file; pass the site's mkdocs.yml with --config.")
    try:
        project = Project.load(config)
    except Exception as error:  # unreadable YAML: one line, never a traceback
        raise UserError(f"{config}: cannot be read ({error}).") from None
    try:
        today()  # a bad SOSIALISASI_TODAY is the user's error, not a rule's crash
    except ValueError as error:
        raise UserError(str(error)) from None
    result = run_checks(project)
    output = FORMATS[args.format](result, Path.cwd())
    if output:
        print(output)
    return 1 if result.failed(strict=args.strict) else 0


def _region_config(base: Path, slug: str) -> Path:
    from sosialisasi.region.validate import slug_problem

    problem = slug_problem(slug)
    if problem:
        raise UserError(problem)
    config = base.parent / "regions" / slug / "mkdocs.yml"
    if not config.is_file():
        raise UserError(
            f"{config}: no such region; create it with `sosialisasi new-region {slug}` "
            "or check the spelling."
        )
    return config
