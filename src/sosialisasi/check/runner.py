"""Run every rule family over a project and collect its findings."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from sosialisasi.check.site import Site, load_site
from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.project import Project

# Rule family modules under sosialisasi.check.rules, in the order they run.
RULE_MODULES: tuple[str, ...] = (
    "quiz_banks",
    "region",
    "frontmatter",
    "review",
    "translation",
    "links",
    "references",
    "safety",
    "files",
)


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)

    def failed(self, strict: bool = False) -> bool:
        """Errors fail a check; with ``strict`` (like `mkdocs build --strict`) warnings too."""
        if self.count(Severity.ERROR):
            return True
        return strict and bool(self.count(Severity.WARNING))


def rule_modules(names: Sequence[str] = RULE_MODULES) -> list[ModuleType]:
    return [importlib.import_module(f"sosialisasi.check.rules.{name}") for name in names]


def run_checks(
    project: Project, modules: Iterable[ModuleType] | None = None, *, site: Site | None = None
) -> CheckResult:
    """Every rule family over one reading of the site: each page and bank is read once."""
    site = site or load_site(project)
    result = CheckResult()
    for module in modules if modules is not None else rule_modules():
        name = getattr(module, "NAME", module.__name__.rsplit(".", 1)[-1])
        result.rules.append(name)
        try:
            result.diagnostics.extend(module.check(site))
        except Exception as error:  # a bug in a rule must not hide the other rules' findings
            result.diagnostics.append(
                Diagnostic(
                    code="X000",
                    severity=Severity.ERROR,
                    message=f"the '{name}' checks stopped: {type(error).__name__}: {error}.",
                    hint="This is a bug in sosialisasi; please report it with this message.",
                )
            )
    settings = site.settings
    result.diagnostics = settings.apply([*result.diagnostics, *settings.diagnostics])
    result.diagnostics.sort(key=_order)
    return result


def _order(diagnostic: Diagnostic) -> tuple:
    return (str(diagnostic.file or ""), diagnostic.line or 0, diagnostic.code)
