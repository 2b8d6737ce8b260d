"""Will the sites fit the host? Shards for CI, and the size of the assembled tree.

Answered before anything is built, from the source folders: Indonesia has 545 Pilkada
regions, GitHub refuses a job matrix over 256 jobs, and GitHub and GitLab Pages refuse
a site over 1 GB. A built site is mostly Material's assets (the same bytes in every
site, shared by the assembled tree: see ``deploy.share``) plus its pages, so the estimate
is the shared assets once plus, per site, its pages and quiz banks times what one page
and one bank weigh in a build. The weights were measured on the national site
(``mkdocs build`` of this repository, 2026-12-04: 40 pages and 6 banks gave 4.69 MB of
pages and 2.59 MB of assets); ``--measured <built site>`` recalibrates them.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sosialisasi.deploy.sites import SiteSource
from sosialisasi.project import read_config_file
from sosialisasi.quiz.folders import quiz_folders

T = TypeVar("T")
MB = 1_000_000
GB = 1_000 * MB
# One Markdown page (in one language) and one quiz bank (its trainer views, both
# languages), in bytes of built site; measured on the national site (see above).
PAGE_BYTES = 77_700
BANK_BYTES = 264_400
# The assets every site carries (Material's 2.53 MB and the kit's own), when they
# cannot be measured from the installed theme.
SHARED_BYTES = 2_590_000
KIT_ASSET_BYTES = 57_700
SITES_PER_JOB = 8  # a few minutes of building per CI job


@dataclass(frozen=True)
class Host:
    """What a static host accepts: a size for the whole published tree, a CI job limit."""

    name: str
    max_bytes: int | None
    max_jobs: int | None
    label: str


HOSTS = {
    "github-pages": Host("github-pages", 1 * GB, 256, "GitHub Pages (1 GB, 256 jobs a matrix)"),
    "gitlab-pages": Host("gitlab-pages", 1 * GB, 200, "GitLab.com Pages (1 GB, 200 parallel)"),
    "server": Host("server", None, None, "your own server (nginx) or a host without a limit"),
}


@dataclass(frozen=True)
class SiteSize:
    name: str
    pages: int
    banks: int

    def unique_bytes(self, scale: float = 1.0) -> int:
        return round((self.pages * PAGE_BYTES + self.banks * BANK_BYTES) * scale)


@dataclass(frozen=True)
class Estimate:
    """The assembled tree: shared assets once, each site's own pages once per site."""

    sites: tuple[SiteSize, ...]
    shared_bytes: int
    scale: float = 1.0

    @property
    def unique_bytes(self) -> int:
        return sum(site.unique_bytes(self.scale) for site in self.sites)

    @property
    def total_bytes(self) -> int:
        """With the assets shared (what `sosialisasi deploy assemble` writes)."""
        return self.shared_bytes + self.unique_bytes

    @property
    def copied_bytes(self) -> int:
        """Had every site kept its own copy of the assets."""
        return self.shared_bytes * len(self.sites) + self.unique_bytes

    def per_site_bytes(self) -> int:
        return self.unique_bytes // max(len(self.sites), 1)


def count_sources(sources: Sequence[SiteSource]) -> list[SiteSize]:
    """Pages (one per language file) and banks each site builds.

    A region's own files replace national ones of the same name, as the overlay does.
    The national folders are read once; a region's folders follow MkDocs' rule (an
    inherited relative folder is resolved against the region's own mkdocs.yml), from
    its own file only: 545 regions are counted in a second, not a minute of YAML.
    """
    base = next((s for s in sources if not s.is_region), None)
    national = quiz_folders(base.config, "quizzes") if base else None
    inherited = read_config_file(base.config) if base else {}
    base_pages = _pages(national.docs_dirs) if national else set()
    base_banks = _banks(national.quizzes_dirs) if national else set()
    sizes = []
    for source in sources:
        if not source.is_region:
            pages, banks = base_pages, base_banks
        else:
            own = read_config_file(source.config)
            root = source.config.parent
            docs = root / str(own.get("docs_dir", inherited.get("docs_dir", "docs")))
            pages = base_pages | _pages((docs,))
            banks = base_banks | _banks((root / "quizzes",))
        sizes.append(SiteSize(source.name, len(pages), len(banks)))
    return sizes


def _pages(folders: Sequence[Path]) -> set[str]:
    found: set[str] = set()
    for docs in folders:
        if docs.is_dir():
            found |= {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")}
    return found


def _banks(folders: Sequence[Path]) -> set[str]:
    found: set[str] = set()
    for quizzes in folders:
        if quizzes.is_dir():
            found |= {p.name for p in quizzes.glob("*.md")}
    return found


def theme_asset_bytes() -> int:
    """The bytes of the installed Material theme's assets (found, not imported)."""
    spec = importlib.util.find_spec("material")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        assets = Path(location) / "templates" / "assets"
        if assets.is_dir():
            return tree_bytes(assets) + KIT_ASSET_BYTES
    return SHARED_BYTES


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def estimate(sources: Sequence[SiteSource], measured: Path | None = None) -> Estimate:
    """The assembled size of `sources`; `measured`, a built national site, recalibrates."""
    sizes = tuple(count_sources(sources))
    if measured is None:
        return Estimate(sizes, theme_asset_bytes())
    shared = tree_bytes(measured / "assets") if (measured / "assets").is_dir() else 0
    own = tree_bytes(measured) - shared
    model = next((s for s in sizes if s.name == "base"), sizes[0]).unique_bytes()
    return Estimate(sizes, shared, scale=own / model if model else 1.0)


def shards(count: int, max_jobs: int | None, per_job: int = SITES_PER_JOB) -> int:
    """How many CI jobs share `count` sites: about `per_job` each, never over `max_jobs`."""
    if count <= 0:
        return 0
    jobs = math.ceil(count / max(per_job, 1))
    return min(jobs, max_jobs) if max_jobs else jobs


def shard_of(items: Sequence[T], index: int, total: int) -> list[T]:
    """The items job `index` of `total` builds (1-based): every total-th from the index-th."""
    return list(items[index - 1 :: total])


def advice(total: Estimate, host: Host) -> str | None:
    """None when the tree fits `host`; otherwise what is wrong and what to do."""
    if host.max_bytes is None or total.total_bytes <= host.max_bytes:
        return None
    fitting = max((host.max_bytes - total.shared_bytes) // max(total.per_site_bytes(), 1), 0)
    return (
        f"{len(total.sites)} sites make about {total.total_bytes / GB:.1f} GB even with the "
        f"shared assets, over the {host.max_bytes / GB:.0f} GB of {host.label}; about "
        f"{fitting} sites fit there. Publish a fork per province (its kabupaten/kota as "
        "regions: each fork is its own Pages site), or publish on a host without the "
        "limit: `sosialisasi deploy build --all` and `assemble` to your own nginx server "
        "(see the hosting guide, 'Every region of the country')."
    )
