"""Which sites a repository builds, and the URL each one is served at.

A repository holds the national site (``mkdocs.yml`` at its root, named ``base``)
and one site per region (``regions/<slug>/mkdocs.yml``). Every site is built for
one ``site_url`` and must be served at that URL's path: hreflang, canonical and
sitemap URLs, and the 404 page's links, are made from it.

Two ways to choose the URLs:

* each site's own ``site_url`` (its mkdocs.yml, or ``SITE_URL`` from the
  environment where the config reads it), for a site on a host of its own;
* one public URL for every site (GitHub or GitLab Pages, or one national
  server): the national site at its root, each region at ``<root>/<slug>/``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sosialisasi.deploy.nginx import url_path_problem
from sosialisasi.project import Project
from sosialisasi.site.languages import Language

BASE = "base"
REGIONS_DIR = "regions"
SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
# Top-level names of every built site: a region there would hide part of the national site.
RESERVED = frozenset({BASE, "assets", "search"})


_HOST = re.compile(r"^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$")


class DeployError(Exception):
    """A site cannot be deployed as configured; the message says how to fix it."""


@dataclass(frozen=True)
class SiteSource:
    """A site found in the repository: its name and config, before any URL is chosen."""

    name: str
    config: Path

    @property
    def is_region(self) -> bool:
        return self.name != BASE


@dataclass(frozen=True)
class Site:
    """A site with the URL it is built for and served at."""

    name: str
    config: Path
    site_url: str
    languages: tuple[Language, ...]

    @property
    def path(self) -> str:
        """The URL path the site must be served under ('/' or '/netralitas/')."""
        return url_path(self.site_url)


def url_path(site_url: str) -> str:
    path = urlsplit(site_url).path or "/"
    return path if path.endswith("/") else path + "/"


def normalise_url(url: str) -> str:
    """An absolute http(s) URL ending in '/', or a DeployError saying what is wrong."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise DeployError(
            f"'{url}' is not a full web address. Write it as https://host/path/ "
            "(the address readers will open)."
        )
    if parts.query or parts.fragment:
        raise DeployError(f"'{url}' has a ?query or #fragment; a site address has neither.")
    if not _HOST.match(parts.netloc):
        raise DeployError(f"'{url}': the host {parts.netloc!r} is not a host name (and port).")
    problem = url_path_problem(url_path(url.strip()))
    if problem:
        raise DeployError(f"'{url}': {problem}.")
    return f"{parts.scheme}://{parts.netloc}{url_path(url.strip())}"


def _checked(config: Path, url: str) -> str:
    """``normalise_url`` naming the config file the address comes from."""
    try:
        return normalise_url(url)
    except DeployError as error:
        raise DeployError(f"{config}: site_url {error}") from None


def discover(root: Path) -> list[SiteSource]:
    """The national site and every region folder with a mkdocs.yml, national first."""
    base = root / "mkdocs.yml"
    if not base.is_file():
        raise DeployError(f"{base} not found: run this from the repository root (or pass --root).")
    sources = [SiteSource(BASE, base)]
    for config in sorted((root / REGIONS_DIR).glob("*/mkdocs.yml")):
        slug = config.parent.name
        if not SLUG.match(slug) or slug in RESERVED:
            raise DeployError(
                f"{config.parent}: a region folder's name is its web address path, so it must "
                "use only lowercase letters, digits and hyphens"
                + (f", and cannot be '{slug}'" if slug in RESERVED else "")
                + " (e.g. regions/jawa-tengah/)."
            )
        sources.append(SiteSource(slug, config))
    return sources


def select(sources: Sequence[SiteSource], names: Sequence[str]) -> list[SiteSource]:
    """The sources named, in the order given; an unknown name lists the known ones."""
    by_name = {source.name: source for source in sources}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise DeployError(
            f"no site named {', '.join(unknown)}. Sites here: {', '.join(by_name)} "
            f"(a region is a folder {REGIONS_DIR}/<name>/ with a mkdocs.yml)."
        )
    return [by_name[name] for name in names]


@contextmanager
def _environment(values: Mapping[str, str | None]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    try:
        for name, value in values.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def configured_url(config: Path, site_url_env: str | None = None) -> str | None:
    """The site_url a build of `config` gets when SITE_URL is `site_url_env` (None: unset)."""
    with _environment({"SITE_URL": site_url_env}):
        value = Project.load(config).config.get("site_url")
    return str(value) if value else None


def _languages(config: Path) -> tuple[Language, ...]:
    return tuple(Project.load(config).languages)


def plan(root: Path, sources: Sequence[SiteSource], public_url: str | None = None) -> list[Site]:
    """Give each source the URL it is built for; refuse URLs that cannot work.

    With `public_url`, the national site is served at it and each region at
    ``<public_url><slug>/``; every config must let SITE_URL set its site_url.
    Without it, each site keeps the site_url of its own config (SITE_URL from the
    environment applies where the config reads it).
    """
    sites: list[Site] = []
    if public_url is not None:
        public = normalise_url(public_url)
        reserved = national_names(root) if any(s.is_region for s in sources) else set()
        for source in sources:
            if source.is_region and source.name in reserved:
                raise DeployError(
                    f"{source.config.parent}: the national site already has '{source.name}/' "
                    f"at {public}{source.name}/, so this region cannot be published there. "
                    "Rename the region folder."
                )
            url = public if not source.is_region else f"{public}{source.name}/"
            got = configured_url(source.config, url)
            if got is None or _checked(source.config, got) != url:
                raise DeployError(
                    f"{source.config}: site_url is fixed to {got}, so it cannot be published at "
                    f'{url}. Write it as `site_url: !ENV [SITE_URL, "{got}"]` so the '
                    "deployment can set it."
                )
            sites.append(Site(source.name, source.config, url, _languages(source.config)))
        return sites
    env_url = os.environ.get("SITE_URL")
    base_url = configured_url(root / "mkdocs.yml", env_url)
    for source in sources:
        url = configured_url(source.config, env_url)
        if not url:
            raise DeployError(
                f"{source.config}: no site_url. Add `site_url: https://host/path/`, the address "
                "readers will open: the links between languages and the sitemap are made from it."
            )
        checked = _checked(source.config, url)
        if source.is_region and base_url and checked == normalise_url(base_url):
            raise DeployError(
                f"{source.config}: this region has the national site's address ({url}). Set the "
                f"region's own address in {source.config} (`site_url: https://host/path/`), "
                "or pass --public-url to publish every site under one address."
            )
        sites.append(Site(source.name, source.config, checked, _languages(source.config)))
    return sites


def national_names(root: Path) -> set[str]:
    """Folder and page names at the top of the national site (where regions cannot go)."""
    project = Project.load(root / "mkdocs.yml")
    names = set(RESERVED) | {lang.locale for lang in project.languages}
    docs = project.docs_dir
    if docs.is_dir():
        for entry in docs.iterdir():
            names.add(entry.name.split(".", 1)[0])
    return names
