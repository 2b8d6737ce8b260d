"""Where a site's pieces are, read from its mkdocs.yml without importing MkDocs.

The core (quiz, region, check, export) needs the docs folder, the quiz folder and
the languages; reading them here keeps the core usable by `sosialisasi check`
without a build, and by a later engine.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from sosialisasi.inputs import read_author_text
from sosialisasi.site.languages import Language


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml: `!ENV [NAME, default]` gives its default, other tags their value."""


# The environment variables `!ENV` read during the current parse: a cached parse is
# reused only while they keep their values (deploy sets SITE_URL between two reads).
_ENV_NAMES: set[str] = set()


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.SequenceNode):
        values = loader.construct_sequence(node)
        names, default = (values[:-1], values[-1]) if len(values) > 1 else (values, None)
        for name in names:
            _ENV_NAMES.add(str(name))
            if isinstance(name, str) and name in os.environ:
                return os.environ[name]
        return default
    name = loader.construct_scalar(node)  # type: ignore[arg-type]
    _ENV_NAMES.add(str(name))
    return os.environ.get(str(name))


def _env_values(names: frozenset[str]) -> tuple[tuple[str, str | None], ...]:
    return tuple(sorted((name, os.environ.get(name)) for name in names))


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_TolerantLoader.add_constructor("!ENV", _env_tag)
_TolerantLoader.add_multi_constructor("!", _any_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


# path -> ((mtime, size), the !ENV variables read and their values), data
_PARSED: dict[Path, tuple[tuple[tuple[int, int], Any], Any]] = {}


def _parse(path: Path) -> Any:
    """A config file's YAML, parsed once while the file is unchanged (a copy each call).

    The build and the checks ask for the config from many places; one parse per
    version of the file keeps that cheap, and a changed file (``mkdocs serve``) is
    parsed again.
    """
    path = Path(os.path.abspath(path))  # not resolved: a linked config is refused
    stat = os.lstat(path)
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _PARSED.get(path)
    if cached is not None:
        (file_stamp, (names, values)), data = cached
        if file_stamp == stamp and _env_values(names) == values:
            return copy.deepcopy(data)
    _ENV_NAMES.clear()
    # Through the safe reader: no symlink, no device, size-limited.
    data = yaml.load(read_author_text(path, root=path.parent), Loader=_TolerantLoader)
    names = frozenset(_ENV_NAMES)
    _PARSED[path] = ((stamp, (names, _env_values(names))), data)
    return copy.deepcopy(data)


def read_config_file(path: Path) -> dict[str, Any]:
    """One mkdocs.yml as a dict, its `INHERIT` key kept and not followed."""
    data = _parse(path) or {}
    return data if isinstance(data, dict) else {}


def _inherited(path: Path, parent: object) -> Path:
    """The INHERITed file, normalised without following links (a linked one is refused)."""
    return Path(os.path.abspath(path.parent / str(parent)))


def read_config(path: Path, _seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    """mkdocs.yml as a dict, with `INHERIT` merged the way MkDocs merges it."""
    data = _parse(path) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: the file must be a YAML mapping (key: value lines)")
    parent = data.pop("INHERIT", None)
    if parent:
        following = _inherited(path, parent)
        if following in _seen or following == path:
            raise ValueError(f"{path}: INHERIT forms a loop through {following}")
        base = read_config(following, (*_seen, path))
        data = _deep_merge(base, data)
    return data


def inherit_chain(path: Path) -> list[Path]:
    """`path` and the config files it INHERITs from, child first (a region, then the base)."""
    chain = [path.resolve()]
    while True:
        data = _parse(chain[-1]) or {}
        parent = data.get("INHERIT") if isinstance(data, dict) else None
        if not parent:
            return chain
        following = _inherited(chain[-1], parent)
        if following in chain:
            return chain
        chain.append(following)


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _plugin_config(config: dict[str, Any], name: str) -> dict[str, Any] | None:
    for entry in config.get("plugins") or []:
        if entry == name:
            return {}
        if isinstance(entry, dict) and name in entry:
            return entry[name] or {}
    return None


@dataclass(frozen=True)
class Project:
    """A site on disk: its config file and what the core needs from it."""

    config_path: Path
    config: dict[str, Any]

    @classmethod
    def load(cls, config_path: Path | str = "mkdocs.yml") -> Project:
        given = Path(os.path.abspath(config_path))
        read_author_text(given, root=given.parent)  # a linked mkdocs.yml is refused
        path = given.resolve()
        return cls(config_path=path, config=read_config(path))

    @property
    def root(self) -> Path:
        return self.config_path.parent

    @property
    def docs_dir(self) -> Path:
        return (self.root / self.config.get("docs_dir", "docs")).resolve()

    def plugin_config(self, name: str) -> dict[str, Any] | None:
        return _plugin_config(self.config, name)

    @property
    def languages(self) -> list[Language]:
        """Built languages, default first; a site without static-i18n has one."""
        i18n = self.plugin_config("i18n")
        if not i18n or not i18n.get("languages"):
            theme = self.config.get("theme") or {}
            locale = theme.get("language", "en") if isinstance(theme, dict) else "en"
            return [Language(locale=locale, name=locale, default=True)]
        langs = [
            Language(
                locale=lang["locale"],
                name=lang.get("name", lang["locale"]),
                default=bool(lang.get("default")),
            )
            for lang in i18n["languages"]
            if lang.get("build", True)
        ]
        return sorted(langs, key=lambda lang: not lang.default)

    @property
    def locales(self) -> list[str]:
        return [lang.locale for lang in self.languages]
