"""`sosialisasi export`: quiz banks as a GIFT or Aiken file for Moodle and similar platforms."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from sosialisasi.cli import UserError
from sosialisasi.diagnostics import Severity
from sosialisasi.export import ExportContext, export_aiken, export_gift
from sosialisasi.outputs import OutputError, check_output_file, write_text_file
from sosialisasi.project import Project
from sosialisasi.quiz.catalog import load_catalog
from sosialisasi.quiz.folders import quiz_folders
from sosialisasi.quiz.model import Bank

FORMATS = ("gift", "aiken")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write quiz banks as GIFT or Aiken for import into Moodle",
        description="Write the quiz banks in one language as a GIFT file (every question "
        "type, with feedback) or an Aiken file (single-answer questions only), ready to "
        "import into Moodle's question bank or another learning platform.",
    )
    parser.add_argument("--format", choices=FORMATS, required=True, help="gift or aiken")
    parser.add_argument(
        "--lang", metavar="LANG", help="language of the texts (default: the site's default)"
    )
    parser.add_argument("--bank", metavar="ID", help="only this bank (default: every bank)")
    parser.add_argument(
        "--output", "-o", type=Path, metavar="FILE", help="write here (default: standard output)"
    )
    parser.add_argument(
        "--config", "-f", default="mkdocs.yml", help="the site's mkdocs.yml (default: %(default)s)"
    )
    parser.add_argument("--region", metavar="SLUG", help="the banks of the region regions/SLUG/")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    project = _project(Path(args.config), args.region)
    locales = project.locales
    locale = args.lang or locales[0]
    if locale not in locales:
        raise UserError(
            f"this site has no language '{locale}'; use --lang with one of: {', '.join(locales)}."
        )
    banks = _banks(project, args.bank)
    if banks is None:
        return 1
    context = ExportContext(
        locale=locale,
        fallback=locales[0],
        site_name=_site_name(project, locale),
        site_url=_site_url(project),
        prefix=next(lang.prefix for lang in project.languages if lang.locale == locale),
    )
    if args.format == "gift":
        text, notes = export_gift(banks, context)
        for note in notes:
            print(f"sosialisasi: warning: {note.format()}", file=sys.stderr)
    else:
        result = export_aiken(banks, context)
        if result.skipped:
            print(
                f"sosialisasi: warning: {len(result.skipped)} question(s) left out of the "
                "Aiken file (use --format gift to keep every question):",
                file=sys.stderr,
            )
            for skipped in result.skipped:
                print(f"  - {skipped.format()}", file=sys.stderr)
        if not result.exported:
            print(
                "sosialisasi: error: no question can be written as Aiken; nothing written. "
                "Use --format gift.",
                file=sys.stderr,
            )
            return 1
        text = result.text
    _write(text, args.output, project.root)
    return 0


def _project(config: Path, region: str | None) -> Project:
    if region:
        from sosialisasi.commands.check import _region_config

        config = _region_config(config, region)
    if not config.is_file():
        raise UserError(f"{config}: no such file; pass the site's mkdocs.yml with --config.")
    try:
        return Project.load(config)
    except Exception as error:  # unreadable YAML: one line, never a traceback
        raise UserError(f"{config}: cannot be read ({error}).") from None


def _banks(project: Project, wanted: str | None) -> list[Bank] | None:
    """The banks to export, or None when one has an error (nothing half-valid is written)."""
    options = project.plugin_config("sosialisasi/quiz") or {}
    folders = quiz_folders(project.config_path, options.get("quizzes_dir", "quizzes"))
    catalog = load_catalog(folders.docs_dirs, folders.quizzes_dirs, project.locales)
    if wanted is not None and wanted not in catalog.reports:
        close = difflib.get_close_matches(wanted, list(catalog.reports), n=1)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        known = ", ".join(sorted(catalog.reports)) or "none"
        raise UserError(f"no quiz bank '{wanted}'.{hint} Banks: {known}.")
    reports = [catalog.reports[wanted]] if wanted else list(catalog.reports.values())
    if not reports:
        raise UserError(f"no quiz banks in {', '.join(map(str, folders.quizzes_dirs))}.")
    errors = [d for r in reports for d in r.diagnostics if d.severity is Severity.ERROR]
    if errors:
        for diagnostic in errors:
            print(diagnostic.format(Path.cwd()), file=sys.stderr)
        print(
            f"sosialisasi: error: {len(errors)} error(s) in the quiz banks above; nothing "
            "exported. Fix them (`sosialisasi check` lists them too).",
            file=sys.stderr,
        )
        return None
    return sorted((r.bank for r in reports if r.bank is not None), key=lambda bank: bank.id)


def _site_name(project: Project, locale: str) -> str:
    i18n = project.plugin_config("i18n") or {}
    for language in i18n.get("languages") or []:
        if isinstance(language, dict) and language.get("locale") == locale:
            return str(language.get("site_name") or project.config.get("site_name") or "")
    return str(project.config.get("site_name") or "")


def _site_url(project: Project) -> str | None:
    url = project.config.get("site_url")
    if not url:
        return None
    url = str(url)
    return url if url.endswith("/") else url + "/"


def _write(text: str, output: Path | None, project_root: Path) -> None:
    """Standard output, or the file replaced whole (never a half-written file).

    Never a device, folder, symlink or one of the site's sources (sosialisasi.outputs);
    the file gets a new file's normal permissions.
    """
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    try:
        target = check_output_file(output, project_root=project_root)
        write_text_file(target, text)
    except OutputError as error:
        raise UserError(f"--output: {error}") from None
    print(f"Written {target}", file=sys.stderr)
