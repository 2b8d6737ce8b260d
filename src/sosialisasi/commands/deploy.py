"""`sosialisasi deploy`: list the sites, build ready-to-upload folders, merge them for Pages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from sosialisasi.address import is_example
from sosialisasi.booklet.pdf import find_chromium
from sosialisasi.cli import UserError
from sosialisasi.deploy.build import assemble, build_site
from sosialisasi.deploy.capacity import (
    GB,
    HOSTS,
    MB,
    SITES_PER_JOB,
    advice,
    estimate,
    shard_of,
    shards,
)
from sosialisasi.deploy.sites import DeployError, Site, discover, plan, select


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "deploy",
        help="build ready-to-upload folders for static hosting",
        description=(
            "Build the national site ('base') and the regions (regions/<name>/) into "
            "folders ready for any static host. Each site must be served at the path of "
            "its site_url."
        ),
    )
    parser.add_argument("--root", type=Path, default=Path("."), help="repository root")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the sites (national first)")
    listing.add_argument("--json", action="store_true", help="a JSON list, for CI matrices")
    listing.add_argument("--public-url", help="also show each site's URL under this address")
    listing.set_defaults(run=_list)

    planning = actions.add_parser(
        "plan",
        help="before building: CI shards, the assembled size, and whether it fits the host",
    )
    planning.add_argument(
        "--host", choices=sorted(HOSTS), default="github-pages", help="default: github-pages"
    )
    planning.add_argument(
        "--per-job",
        type=int,
        default=SITES_PER_JOB,
        help=f"sites per CI job (default {SITES_PER_JOB})",
    )
    planning.add_argument(
        "--measured", type=Path, help="a built national site (deploy/base): calibrates the estimate"
    )
    planning.add_argument("--json", action="store_true", help="JSON, for CI matrices")
    planning.set_defaults(run=_plan)

    build = actions.add_parser("build", help="strict-build sites into OUT/<site>/")
    build.add_argument("sites", nargs="*", metavar="SITE", help="'base' or a region name")
    build.add_argument("--all", action="store_true", help="every site")
    build.add_argument("--out", type=Path, default=Path("deploy"), help="default: deploy")
    build.add_argument(
        "--public-url",
        help="one address for every site: national at it, each region at <address><name>/",
    )
    build.add_argument("--gzip", action="store_true", help="also write .gz files (gzip_static)")
    build.add_argument(
        "--no-pdf",
        action="store_true",
        help="skip the booklet PDFs (made by default when Chromium is found)",
    )
    build.add_argument(
        "--shard",
        type=_shard,
        metavar="I/N",
        help="with --all, build only every N-th site from the I-th (1-based): parallel CI jobs",
    )
    build.add_argument(
        "--host",
        choices=sorted(HOSTS),
        help="refuse to build, before building, a tree that would not fit this host",
    )
    build.set_defaults(run=_build)

    merge = actions.add_parser(
        "assemble", help="merge built sites into one tree (national at its root, regions below)"
    )
    merge.add_argument("--public-url", required=True, help="the address the tree is served at")
    merge.add_argument("--from", dest="built", type=Path, default=Path("deploy"))
    merge.add_argument("--to", dest="tree", type=Path, required=True)
    merge.add_argument(
        "--copy-assets",
        action="store_true",
        help="keep every region's own copy of the assets it shares with the national site",
    )
    merge.set_defaults(run=_assemble)


def _shard(text: str) -> tuple[int, int]:
    index, _, total = text.partition("/")
    if not (index.isdigit() and total.isdigit() and 1 <= int(index) <= int(total)):
        raise argparse.ArgumentTypeError(f"'{text}' is not I/N with 1 <= I <= N (e.g. 1/2)")
    return int(index), int(total)


def _sites(args: argparse.Namespace, names: list[str] | None = None) -> list[Site]:
    root = args.root.resolve()
    sources = discover(root)
    if names:
        sources = select(sources, names)
    return plan(root, sources, args.public_url)


def _is_example(url: str) -> bool:
    """Reserved example hosts (RFC 2606), as in the kit's own configs."""
    return bool(urlsplit(url).hostname) and is_example(url)


def _list(args: argparse.Namespace) -> int:
    try:
        sources = discover(args.root.resolve())
        urls = {s.name: s.site_url for s in _sites(args)} if args.public_url else {}
    except DeployError as error:
        raise UserError(str(error)) from error
    root = args.root.resolve()
    rows = [
        {"name": s.name, "config": s.config.relative_to(root).as_posix()}
        | ({"site_url": urls[s.name]} if urls else {})
        for s in sources
    ]
    if args.json:
        print(json.dumps(rows))
    else:
        for row in rows:
            print("  ".join(row.values()))
    return 0


def _build(args: argparse.Namespace) -> int:
    if bool(args.sites) == bool(args.all):
        raise UserError("name the sites to build (e.g. base, or a region name), or pass --all")
    if args.shard and not args.all:
        raise UserError("--shard goes with --all (it splits every site between parallel jobs)")
    try:
        if args.host:  # before anything is read or built
            problem = advice(estimate(discover(args.root.resolve())), HOSTS[args.host])
            if problem:
                raise DeployError(problem)
        sites = _sites(args, None if args.all else args.sites)
        if args.shard:
            index, total = args.shard
            sites = shard_of(sites, index, total)
        args.out.mkdir(parents=True, exist_ok=True)
        chromium = None if args.no_pdf else find_chromium()
        if chromium is None and not args.no_pdf:
            print("note: Chromium not found: no booklet PDF (see `sosialisasi pdf`)")
        if not sites:
            print(f"no site for shard {index}/{total}: nothing to build")
        for site in sites:
            if _is_example(site.site_url):
                print(
                    f"warning: '{site.name}' is built for the example address {site.site_url}; "
                    "set SITE_URL (or site_url in its mkdocs.yml) to the real address before "
                    "publishing it.",
                    file=sys.stderr,
                )
            folder = build_site(site, args.out, precompress=args.gzip, chromium=chromium)
            print(f"{site.name}: {folder}/ -> serve it at {site.site_url}")
            print(f"{site.name}: nginx snippet {args.out / (site.name + '.nginx.conf')}")
    except DeployError as error:
        raise UserError(str(error)) from error
    return 0


def _assemble(args: argparse.Namespace) -> int:
    try:
        built = {path.name for path in args.built.iterdir() if (path / "index.html").is_file()}
        sites = [site for site in _sites(args) if site.name in built]
        if not sites:
            raise DeployError(f"no built site in {args.built}: run `sosialisasi deploy build`.")
        tree = assemble(sites, args.built, args.tree, share=not args.copy_assets)
    except (DeployError, FileNotFoundError) as error:
        raise UserError(str(error)) from error
    print(f"{len(sites)} site(s) in {tree}/ -> serve it at {sites[0].site_url}")
    return 0


def _plan(args: argparse.Namespace) -> int:
    """Shards for CI and the assembled size, before anything is built; exit 1 if it won't fit."""
    if args.per_job < 1:
        raise UserError("--per-job must be 1 or more")
    try:
        sources = discover(args.root.resolve())
    except DeployError as error:
        raise UserError(str(error)) from error
    host = HOSTS[args.host]
    total = estimate(sources, args.measured)
    jobs = shards(len(sources), host.max_jobs, args.per_job)
    problem = advice(total, host)
    if args.json:
        print(
            json.dumps(
                {
                    "host": host.name,
                    "sites": len(sources),
                    "shards": [{"shard": f"{i}/{jobs}"} for i in range(1, jobs + 1)],
                    "shared_bytes": total.shared_bytes,
                    "estimated_bytes": total.total_bytes,
                    "estimated_bytes_copied": total.copied_bytes,
                    "max_bytes": host.max_bytes,
                    "fits": problem is None,
                }
            )
        )
    else:
        print(f"{len(sources)} site(s) for {host.label}: {jobs} build job(s) (--shard I/{jobs})")
        print(
            f"assembled tree: about {total.total_bytes / MB:,.0f} MB with the assets shared "
            f"({total.shared_bytes / MB:.1f} MB once), {total.copied_bytes / MB:,.0f} MB had "
            "every site its own copy"
        )
        if host.max_bytes:
            print(
                f"limit: {host.max_bytes / GB:.0f} GB: {'fits' if problem is None else 'too big'}"
            )
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0
