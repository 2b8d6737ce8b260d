"""The two MkDocs configurations compared on the synthetic site.

(a) ``plain``: Material + static-i18n only, as a site without this kit would have it:
    the repository's theme name/language/font/palette/features, its search and i18n
    settings and Markdown extensions, but no ``custom_dir`` overrides, no
    ``sosialisasi/*`` plugins, no extra CSS/JS or hooks, and pages without ``quiz:``.
(b) ``full``: a copy of the repository's own mkdocs.yml (every tag kept), pointed at the
    synthetic pages and quiz banks; only ``docs_dir`` and ``nav`` are replaced.

Deriving both from mkdocs.yml keeps the comparison honest as the kit's config grows.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from bench.generate import SyntheticSite

# Top-level folders of the repository a site config never points at (the rest, such as
# overrides/ and hooks/, are linked into the synthetic root so relative paths resolve).
_NOT_LINKED = {"content", "quizzes", "src", "tests", "scripts", "regions", "bench-results"}
_PLAIN_THEME_KEYS = ("name", "language", "font", "palette", "features")


class Tagged:
    """A YAML value with a tag (``!ENV [...]``, ``!!python/name:...``), written back as is."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag, self.value = tag, value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tagged) and (self.tag, self.value) == (other.tag, other.value)

    def __repr__(self) -> str:
        return f"Tagged({self.tag!r}, {self.value!r})"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml with every tag kept, so a copy of it behaves as the original."""


def _tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.SequenceNode):
        value: Any = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:
        value = loader.construct_scalar(node)  # type: ignore[arg-type]
    return Tagged(node.tag, value)


_Loader.add_multi_constructor("!", _tagged)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _tagged)


class _Dumper(yaml.SafeDumper):
    pass


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_Dumper.add_representer(Tagged, _represent_tagged)


def read_mkdocs_yml(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}


def _plugin_name(entry: Any) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


def _extension_name(entry: Any) -> str:
    return entry if isinstance(entry, str) else next(iter(entry))


def plain_config(repo_config: dict[str, Any], docs_dir: str, nav: list) -> dict[str, Any]:
    """Config (a): Material + search + static-i18n with the repository's settings."""
    theme = repo_config.get("theme") or {}
    if isinstance(theme, str):
        theme = {"name": theme}
    plugins = [
        entry
        for entry in repo_config.get("plugins") or []
        if _plugin_name(entry) in ("search", "i18n")
    ]
    extensions = [
        entry
        for entry in repo_config.get("markdown_extensions") or []
        if not _extension_name(entry).startswith("sosialisasi")
    ]
    config = {
        "site_name": repo_config.get("site_name", "Plain"),
        "site_url": repo_config.get("site_url"),
        "docs_dir": docs_dir,
        "theme": {key: theme[key] for key in _PLAIN_THEME_KEYS if key in theme},
        "plugins": plugins,
        "markdown_extensions": extensions,
    }
    if nav is not None:
        config["nav"] = nav
    return config


def full_config(repo_config: dict[str, Any], docs_dir: str, nav: list) -> dict[str, Any]:
    """Config (b): a copy of the repository's mkdocs.yml, tags and all, on the synthetic
    pages. A copy, not ``INHERIT``: inheriting the base is how a *region* is built."""
    return {**repo_config, "docs_dir": docs_dir, "nav": nav}


def without_part(full: dict[str, Any], part: str) -> dict[str, Any]:
    """Config (b) less one part of the kit: a ``sosialisasi/*`` plugin, or ``overrides``
    (the theme's custom_dir and the logo, favicon and static templates kept in it)."""
    if part == "overrides":
        kept_in_overrides = ("custom_dir", "logo", "favicon", "static_templates")
        theme = {k: v for k, v in full["theme"].items() if k not in kept_in_overrides}
        return {**full, "theme": theme}
    return {**full, "plugins": [p for p in full["plugins"] if _plugin_name(p) != part]}


def kit_parts(full: dict[str, Any]) -> list[str]:
    """The kit's own parts in config (b): its plugins, then its theme overrides."""
    plugins = [_plugin_name(p) for p in full.get("plugins") or []]
    parts = [name for name in plugins if name.startswith("sosialisasi/")]
    theme = full.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        parts.append("overrides")
    return parts


def _link_repository(repo: Path, root: Path) -> None:
    """Make the repository's overrides, hooks, … resolvable from the synthetic root."""
    for entry in repo.iterdir():
        skip = entry.name.startswith((".", "site")) or entry.name in _NOT_LINKED
        link = root / entry.name
        if skip or not entry.is_dir() or link.is_symlink() or link.exists():
            continue
        link.symlink_to(entry, target_is_directory=True)


def _copy_static_files(repo_docs: Path, docs_dir: Path) -> None:
    """Images, CSS and JS the kit keeps under content/ (pages are synthetic)."""
    if not repo_docs.is_dir():
        return
    for path in repo_docs.rglob("*"):
        if path.is_file() and path.suffix != ".md":
            target = docs_dir / path.relative_to(repo_docs)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def _dump(data: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def write_plain_real_config(repo: Path, target: Path) -> Path:
    """Config (a) for the repository's own pages: the plain-Material twin of the real site."""
    repo_config = read_mkdocs_yml(repo / "mkdocs.yml")
    docs = (repo / repo_config.get("docs_dir", "docs")).resolve()
    return _dump(plain_config(repo_config, str(docs), repo_config.get("nav")), target)


TRAINER = "sosialisasi/trainer"


def write_configs(site: SyntheticSite, repo: Path, *, parts: bool = False) -> dict[str, Path]:
    """Write mkdocs.plain.yml and mkdocs.full.yml into the synthetic root, and (b) without
    the trainer pages (``without sosialisasi/trainer``); with `parts`, also one config
    per part of the kit left out (``without <part>``)."""
    repo_yml = repo / "mkdocs.yml"
    repo_config = read_mkdocs_yml(repo_yml)
    _link_repository(repo, site.root)
    _copy_static_files(repo / repo_config.get("docs_dir", "docs"), site.docs_dir)
    configs = {
        "plain": plain_config(repo_config, site.plain_docs_dir.name, site.nav),
        "full": full_config(repo_config, site.docs_dir.name, site.nav),
    }
    if TRAINER in kit_parts(configs["full"]):
        configs[f"without {TRAINER}"] = without_part(configs["full"], TRAINER)
    if parts:
        for part in kit_parts(configs["full"]):
            configs[f"without {part}"] = without_part(configs["full"], part)
    return {
        name: _dump(data, site.root / f"mkdocs.{name.replace(' ', '-').replace('/', '-')}.yml")
        for name, data in configs.items()
    }
