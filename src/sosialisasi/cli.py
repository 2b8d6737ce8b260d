"""The ``sosialisasi`` command line.

Each sub-command lives in its own module under ``sosialisasi.commands`` and
exposes ``register(subparsers)``; this file only wires them together, turns
expected failures into one clear line on stderr, and never shows a traceback
for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sosialisasi import __version__

# Sub-command modules, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "check",
    "new_region",
    "deploy",
    "export",
    "bundle",
    "slides",
    "pdf",
)


class UserError(Exception):
    """A problem with the user's input or files: reported as one line, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sosialisasi",
        description=(
            "Tools for a bilingual sosialisasi site: check content, scaffold regions, "
            "export quizzes, bundle the site for offline use."
        ),
    )
    parser.add_argument("--version", action="version", version=f"sosialisasi {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"sosialisasi.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except UserError as error:
        print(f"sosialisasi: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    # Run the importable module, not this __main__ copy: sub-commands raise
    # sosialisasi.cli.UserError, which this copy's `except` would not catch.
    from sosialisasi.cli import main as _main

    sys.exit(_main())
