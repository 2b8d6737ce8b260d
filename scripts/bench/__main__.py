"""`make bench`: build overhead, page weight and Lighthouse, side by side with plain Material.

1. Builds: a synthetic bilingual site (generate.py) per size, built `--runs` times with
   (a) plain Material + static-i18n and (b) this repository's mkdocs.yml; median wall
   time, b/a, peak RSS. Then a region build against the base build, when a region exists.
2. Page weight: the real site, built with its own site_url pointing at a local gzip
   server, loaded cold in Chromium: bytes on the wire by resource type and quiz bytes.
3. Lighthouse (mobile) on the same pages, median of `--lh-runs`.
Prints one table, writes it as JSON, and (full runs) updates BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import builds, configs, machine, pages, report, server, weight
from bench.generate import generate
from bench.report import INFO, MISS, PASS, PENDING, Row, kb, verdict

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RATIO_TARGET = 1.10  # issue 20: CPU (b)/(a) at 300 pages x 2, trainer pages included
MEMORY_TARGET = 1.3  # peak memory (b)/(a)
QUIZ_ASSET_BUDGET = 8_000  # bytes on the wire, gzip (8 KB)
PAGE_BUDGET = 100_000  # a content page cold, gzip on the wire (100 KB)
QUIZ_PAGE_EXTRA = 8_000  # a quiz page may weigh this much more than the page budget
LH_TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
PLAIN = "plain Material: "
FULL_SIZES = (100, 500, 1000)
QUICK_SIZES = (50,)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        default=_env_flag("BENCH_QUICK"),
        help="smoke run: 50 pages, 1 build each, 1 Lighthouse run, no docs",
    )
    parser.add_argument(
        "--pages",
        default=os.environ.get("BENCH_PAGES", ""),
        help="comma-separated site sizes (default 100,500,1000; quick: 50)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=int(os.environ.get("BENCH_RUNS") or 0),
        help="builds per configuration and size (default 3; quick: 1)",
    )
    parser.add_argument(
        "--lh-runs",
        type=int,
        default=int(os.environ.get("BENCH_LH_RUNS") or 0),
        help="Lighthouse runs per page (default 3; quick: 1)",
    )
    parser.add_argument(
        "--parts-pages",
        type=int,
        default=int(os.environ.get("BENCH_PARTS_PAGES") or -1),
        help="size at which (b) is also built without each part of the kit, to attribute its "
        "cost (default: the smallest size; 0: never)",
    )
    parser.add_argument(
        "--skip",
        default=os.environ.get("BENCH_SKIP", ""),
        help="comma-separated parts to skip: builds,region,weight,lighthouse",
    )
    parser.add_argument(
        "--server", choices=("nginx", "python"), default=os.environ.get("BENCH_SERVER", "nginx")
    )
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--repo", type=Path, default=REPO)
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="JSON result (default <repo>/bench-results/latest.json)",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        default=None,
        help="page to update (default <repo>/BENCHMARKS.md; never in quick mode)",
    )
    parser.add_argument("--no-docs", action="store_true")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: temp)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.pages.replace(" ", "").split(",") if s]
    args.sizes = sizes or list(QUICK_SIZES if args.quick else FULL_SIZES)
    args.runs = args.runs or (1 if args.quick else 3)
    args.lh_runs = args.lh_runs or (1 if args.quick else 3)
    if args.parts_pages < 0:
        args.parts_pages = min(args.sizes)
    args.skip = {part for part in args.skip.split(",") if part}
    unknown = args.skip - {"builds", "region", "weight", "lighthouse"}
    if unknown:
        parser.error(f"unknown part(s) to skip: {', '.join(sorted(unknown))}")
    args.repo = args.repo.resolve()
    args.out = args.out or args.repo / "bench-results" / "latest.json"
    args.docs = None if (args.no_docs or args.quick) else (args.docs or args.repo / "BENCHMARKS.md")
    return args


# ---------------------------------------------------------------------------------------- builds


def bench_builds(args: argparse.Namespace, work: Path) -> tuple[dict, list[Row]]:
    env = builds.build_env()
    results, rows = {}, []
    for n, size in enumerate(sorted(args.sizes)):
        root = work / f"synthetic-{size}"
        site = generate(root, size, args.seed)
        with_parts = size == args.parts_pages
        paths = configs.write_configs(site, args.repo, parts=with_parts)
        log(f"builds: {size} pages x 2 languages, {len(site.banks)} quiz banks")
        if n == 0:  # one untimed build each: imports and bytecode caches warm up
            for name, config in paths.items():
                if name not in ("plain", "full"):
                    continue
                builds.time_build(config, work / "warm-up", env=env)
            shutil.rmtree(work / "warm-up", ignore_errors=True)
        summary = builds.compare(paths, args.runs, work, env=env, progress=log)
        plain, full = summary["plain"], summary["full"]
        ratio = round(full["median_s"] / plain["median_s"], 3)
        cpu_ratio = round(full["median_cpu_s"] / plain["median_cpu_s"], 3)
        results[str(size)] = {
            "pages_per_language": size,
            "quiz_banks": len(site.banks),
            "plain": plain,
            "full": full,
            "ratio": ratio,
            "cpu_ratio": cpu_ratio,
        }
        rows.append(
            Row(
                "build time",
                f"{size} pages x 2, median of {args.runs}",
                f"b/a <= {RATIO_TARGET} (CPU)",
                f"CPU (a) {plain['median_cpu_s']:.2f} s, (b) {full['median_cpu_s']:.2f} s, "
                f"b/a {cpu_ratio:.3f}; wall (a) {plain['median_s']:.2f} s, "
                f"(b) {full['median_s']:.2f} s, b/a {ratio:.3f}; HTML files (a) "
                f"{plain['html_files']}, (b) {full['html_files']}",
                verdict(cpu_ratio <= RATIO_TARGET),
            )
        )
        memory = round(full["peak_rss_mb"] / plain["peak_rss_mb"], 3)
        results[str(size)]["memory_ratio"] = memory
        rows.append(
            Row(
                "peak memory",
                f"{size} pages x 2",
                f"b/a <= {MEMORY_TARGET}",
                f"(a) {plain['peak_rss_mb']:.0f} MB, (b) {full['peak_rss_mb']:.0f} MB, "
                f"b/a {memory:.2f}",
                verdict(memory <= MEMORY_TARGET),
            )
        )
        lean = summary.get(f"without {configs.TRAINER}")
        if lean is not None:
            lean_ratio = round(lean["median_cpu_s"] / plain["median_cpu_s"], 3)
            results[str(size)]["cpu_ratio_without_trainer"] = lean_ratio
            rows.append(
                Row(
                    "build time",
                    f"{size} pages x 2 without the trainer pages, median of {args.runs}",
                    "-",
                    f"CPU (b without trainer) {lean['median_cpu_s']:.2f} s, "
                    f"b/a {lean_ratio:.3f}; HTML files {lean['html_files']}",
                    INFO,
                )
            )
        if with_parts:
            results[str(size)]["parts"] = parts = part_costs(summary)
            rows.append(parts_row(parts, size, args.runs))
        shutil.rmtree(root, ignore_errors=True)
    return results, rows


def part_costs(summary: dict[str, dict]) -> dict[str, dict]:
    """What each part of the kit adds: (b) minus (b without it), median CPU time."""
    full, plain = summary["full"]["median_cpu_s"], summary["plain"]["median_cpu_s"]
    costs = {}
    for name, found in summary.items():
        if name.startswith("without "):
            extra = round(full - found["median_cpu_s"], 3)
            costs[name.removeprefix("without ")] = {
                "cpu_s": extra,
                "share_of_plain": round(extra / plain, 3),
                "without": found,
            }
    return costs


def parts_row(parts: dict[str, dict], size: int, runs: int) -> Row:
    ranked = sorted(parts.items(), key=lambda item: -item[1]["cpu_s"])
    text = ", ".join(
        f"{name.removeprefix('sosialisasi/')} {c['cpu_s']:+.2f} s ({c['share_of_plain']:+.0%})"
        for name, c in ranked
    )
    return Row(
        "build cost by part",
        f"{size} pages x 2, CPU, median of {runs}",
        "-",
        f"{text} of (a)",
        INFO,
    )


def bench_region(args: argparse.Namespace, work: Path) -> tuple[dict, list[Row]]:
    """The real base site against a real region, when the repository has one."""
    found = sorted((args.repo / "regions").glob("*/mkdocs.yml"))
    wanted = os.environ.get("BENCH_REGION")
    if wanted:
        found = [p for p in found if p.parent.name == wanted]
    if not found:
        reason = "no regions/<slug>/mkdocs.yml in this checkout yet"
        return {"status": "pending", "reason": reason}, [
            Row("build time", "region vs base site", "-", f"pending: {reason}", PENDING)
        ]
    region = found[0]
    log(f"region: {region.parent.name} against the base site")
    summary = builds.compare(
        {"base": args.repo / "mkdocs.yml", "region": region},
        args.runs,
        work,
        env=builds.build_env(),
        progress=log,
    )
    base, own = summary["base"], summary["region"]
    ratio = round(own["median_s"] / base["median_s"], 3)
    cpu_ratio = round(own["median_cpu_s"] / base["median_cpu_s"], 3)
    name = region.parent.name
    measured = (
        f"CPU base {base['median_cpu_s']:.2f} s, {name} {own['median_cpu_s']:.2f} s, "
        f"region/base {cpu_ratio:.3f}; wall {base['median_s']:.2f} s / {own['median_s']:.2f} s "
        f"({ratio:.3f}); {base['html_files']} / {own['html_files']} HTML files"
    )
    result = {
        "status": "measured",
        "region": name,
        **summary,
        "ratio": ratio,
        "cpu_ratio": cpu_ratio,
    }
    return result, [
        Row(
            "build time",
            f"region {name} vs base, median of {args.runs}",
            "-",
            measured,
            INFO,
        )
    ]


# ----------------------------------------------------------------------------- real-site pages


def build_real_site(config: Path, site_dir: Path, port: int) -> Path:
    env = builds.build_env({"SITE_URL": f"http://127.0.0.1:{port}/"})
    sample = builds.time_build(config, site_dir, env=env)
    log(
        f"real site ({config.name}): built in {sample.wall_s:.1f} s, {sample.html_files} HTML files"
    )
    return site_dir


def weight_rows(
    measured: list[weight.PageWeight],
    plain: list[weight.PageWeight],
    targets: list[pages.Target],
) -> list[Row]:
    """One row per page: its cold weight against the budget, its quiz bytes, and the bytes
    and results of the first search (the index loads on demand, so search must still work)."""
    pairs = list(zip(targets, measured, strict=True))
    content = {t.locale: p.total_bytes for t, p in pairs if t.kind == "content"}
    rows = []
    for target, page, twin in zip(targets, measured, plain, strict=True):
        types = ", ".join(f"{k} {v / 1000:.1f}" for k, v in page.by_kind.items())
        quiz_assets, markup = page.quiz_asset_bytes, page.quiz_markup.get("bytes", 0)
        result = None
        if target.kind == "quiz":
            limit = PAGE_BUDGET + QUIZ_PAGE_EXTRA
            rule = f"<= {kb(limit)}, quiz assets <= {kb(QUIZ_ASSET_BUDGET)}"
            ok = quiz_assets <= QUIZ_ASSET_BUDGET and page.total_bytes <= limit
            markup_gz = page.quiz_markup.get("gzip_bytes", 0)
            quiz = f"quiz assets {kb(quiz_assets)}, markup {kb(markup)} ({kb(markup_gz)} gzip)"
            if target.locale in content:
                more = page.total_bytes - content[target.locale]
                quiz += f", {'+' if more >= 0 else '-'}{kb(abs(more))} vs the content page"
            if not quiz_assets and not page.quiz_markup.get("elements"):
                # `quiz:` in the frontmatter but nothing on the page: no quiz plugin yet
                result, quiz = PENDING, "no quiz rendered on this page (quiz plugin not on)"
        else:
            rule = f"<= {kb(PAGE_BUDGET)}, 0 quiz bytes"
            ok = quiz_assets == 0 and markup == 0 and page.total_bytes <= PAGE_BUDGET
            quiz = f"quiz {quiz_assets + markup} B"
        search = page.search
        if search:
            rule += ", search works"
            ok = ok and search.get("hits", 0) > 0
            searched = (
                f"first search +{kb(search.get('bytes', 0))}, "
                f"{search.get('hits', 0)} results for '{search.get('word', '')}'"
            )
        else:
            searched = "no search box"
        extra = page.total_bytes - twin.total_bytes
        measured_text = (
            f"{kb(page.total_bytes)} ({types}), {len(page.resources)} req; {quiz}; {searched}; "
            f"plain Material {kb(twin.total_bytes)} ({'+' if extra >= 0 else '-'}{kb(abs(extra))})"
        )
        rows.append(
            Row(
                "page weight (gzip)",
                f"{target.label} /{target.path}",
                rule,
                measured_text,
                result or verdict(ok),
            )
        )
    return rows


def run_lighthouse(urls: list[tuple[str, str]], runs: int, work: Path) -> list[dict]:
    script = HERE / "lighthouse.mjs"
    if not (HERE / "node_modules" / "lighthouse").is_dir():
        raise SystemExit("Lighthouse is not installed: run `bash scripts/bench/setup.sh` first.")
    job = work / "lighthouse-job.json"
    output = work / "lighthouse-out.json"
    job.write_text(
        json.dumps(
            {
                "pages": [{"label": label, "url": url} for label, url in urls],
                "runs": runs,
                "output": str(output),
            }
        ),
        "utf-8",
    )
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROMIUM_PATH", weight.CHROMIUM)}
    subprocess.run(["node", str(script), str(job)], cwd=HERE, env=env, check=True)
    return json.loads(output.read_text("utf-8"))


def _median_scores(runs: list[dict]) -> dict[str, float | None]:
    medians: dict[str, float | None] = {}
    for category in LH_TARGETS:
        found = [r["scores"][category] for r in runs if r["scores"][category] is not None]
        medians[category] = statistics.median(found) if found else None
    return medians


def _scores_text(medians: dict[str, float | None]) -> str:
    return "/".join("?" if medians[c] is None else f"{medians[c]:g}" for c in LH_TARGETS)


def lighthouse_summary(
    raw: list[dict], targets: list[pages.Target], plain_targets: list[pages.Target]
) -> tuple[dict, list[Row]]:
    per_page, rows = [], []
    wanted = "/".join(f"{v}" for v in LH_TARGETS.values())
    plain_medians = {}
    for target in plain_targets:
        runs = [entry for entry in raw if entry["label"] == PLAIN + target.label]
        plain_medians[target.label] = _median_scores(runs)
        per_page.append(
            {
                "label": PLAIN + target.label,
                "path": target.path,
                "median": plain_medians[target.label],
                "runs": runs,
            }
        )
    for target in targets:
        runs = [entry for entry in raw if entry["label"] == target.label]
        errors = [entry["runtimeError"] for entry in runs if entry.get("runtimeError")]
        medians = _median_scores(runs)
        ok = not errors and all(
            medians[c] is not None and medians[c] >= floor for c, floor in LH_TARGETS.items()
        )
        failed = sorted({audit for r in runs for audit in r.get("failed", [])})
        per_page.append(
            {
                "label": target.label,
                "path": target.path,
                "median": medians,
                "runs": runs,
                "failed_audits": failed,
                "errors": errors,
            }
        )
        every = "; ".join("/".join(str(r["scores"][c]) for c in LH_TARGETS) for r in runs)
        detail = f"{_scores_text(medians)} (runs {every})"
        if target.label in plain_medians:
            detail += f"; plain Material {_scores_text(plain_medians[target.label])}"
        if failed:
            detail += f"; failed: {', '.join(failed)}"
        rows.append(
            Row(
                "lighthouse mobile",
                f"{target.label} /{target.path}",
                f">= {wanted}",
                detail,
                verdict(ok),
            )
        )
    version = next((r.get("lighthouse") for r in raw), None)
    return {
        "version": version,
        "runs_per_page": max((r["run"] for r in raw), default=0),
        "pages": per_page,
    }, rows


def deploy_locations(repo: Path) -> dict[str, str]:
    """nginx config as `sosialisasi deploy` writes it for this site (what a host is told to
    use). Its security headers (a strict CSP) are for this kit's pages: plain Material
    needs inline scripts, so its twin is served the same way without them."""
    from sosialisasi.deploy.nginx import location_block
    from sosialisasi.project import Project

    full = location_block("/", Project.load(repo / "mkdocs.yml").languages)
    plain = "\n".join(line for line in full.splitlines() if "add_header" not in line)
    return {"full": full, "plain": plain + "\n"}


def bench_real_site(
    args: argparse.Namespace, work: Path
) -> tuple[dict, dict, list[Row], list[str]]:
    """Our site and its plain-Material twin (same pages), each on its own gzip server."""
    targets, missing = pages.pick(args.repo / "mkdocs.yml")
    notes = [f"Page kind pending on the real site: {m}." for m in missing]
    rows = [
        Row(
            "page weight + lighthouse",
            m.split(":")[0] + " page",
            "-",
            "pending: " + m.split(": ", 1)[1],
            PENDING,
        )
        for m in missing
    ]
    ports = {"full": server.free_port(), "plain": server.free_port()}
    plain_config = configs.write_plain_real_config(args.repo, work / "mkdocs.real-plain.yml")
    sites = {
        "full": build_real_site(args.repo / "mkdocs.yml", work / "real-site", ports["full"]),
        "plain": build_real_site(plain_config, work / "real-site-plain", ports["plain"]),
    }
    os.chmod(work, 0o755)  # nginx workers may run as another user
    # Lighthouse also audits the plain twin of the default-language pages, for reference.
    default_locale = targets[0].locale if targets else ""
    plain_targets = [t for t in targets if t.locale == default_locale]
    weight_result: dict = {}
    lh_result: dict = {}
    locations = deploy_locations(args.repo)
    with (
        server.serve(args.server, sites["full"], ports["full"], locations["full"]) as base,
        server.serve(args.server, sites["plain"], ports["plain"], locations["plain"]) as plain_base,
    ):
        urls = [(t.label, base + t.path) for t in targets]
        plain_urls = [(PLAIN + t.label, plain_base + t.path) for t in targets]
        if "weight" not in args.skip:
            log(
                f"page weight: {len(urls)} pages (and their plain twins) in Chromium via "
                f"{args.server}"
            )
            measured = weight.measure_pages(urls + plain_urls)
            ours, plain = measured[: len(urls)], measured[len(urls) :]
            weight_result = {
                "server": server.describe(args.server),
                "pages": [p.to_json() for p in ours],
                "plain_material": [p.to_json() for p in plain],
            }
            rows += weight_rows(ours, plain, targets)
        if "lighthouse" not in args.skip:
            lh_urls = urls + [(PLAIN + t.label, plain_base + t.path) for t in plain_targets]
            log(f"lighthouse: {len(lh_urls)} pages x {args.lh_runs} runs")
            lh_result, lh_rows = lighthouse_summary(
                run_lighthouse(lh_urls, args.lh_runs, work), targets, plain_targets
            )
            rows += lh_rows
    return weight_result, lh_result, rows, notes


# ------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    result: dict = {
        "schema": 1,
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "command": os.environ.get("BENCH_COMMAND", "").strip()
        or "python -m bench " + shlex.join(sys.argv[1:] if argv is None else argv),
        "settings": {
            "sizes": args.sizes,
            "runs": args.runs,
            "lighthouse_runs": args.lh_runs,
            "seed": args.seed,
            "server": args.server,
            "skipped": sorted(args.skip),
            "ratio_target": RATIO_TARGET,
            "memory_target": MEMORY_TARGET,
            "quiz_asset_budget_bytes": QUIZ_ASSET_BUDGET,
            "page_budget_bytes": PAGE_BUDGET,
            "quiz_page_extra_bytes": QUIZ_PAGE_EXTRA,
            "lighthouse_targets": LH_TARGETS,
        },
        "machine": machine.facts(args.repo),
        "notes": [],
    }
    rows: list[Row] = []
    work = args.work or Path(tempfile.mkdtemp(prefix="sosialisasi-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if "builds" not in args.skip:
            result["builds"], found = bench_builds(args, work)
            rows += found
        if "region" not in args.skip:
            result["region"], found = bench_region(args, work)
            rows += found
            if result["region"]["status"] == "pending":
                result["notes"].append(f"Region build pending: {result['region']['reason']}.")
        if not {"weight", "lighthouse"} <= args.skip:
            result["weight"], result["lighthouse"], found, notes = bench_real_site(args, work)
            rows += found
            result["notes"] += notes
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    result["rows"] = [row.to_json() for row in rows]
    result["summary"] = {k: sum(r.result == k for r in rows) for k in (PASS, MISS, PENDING, INFO)}
    result["load_average_at_end"] = machine.load_average()
    busy = max(
        [*result["machine"]["load_average_at_start"][:1], *result["load_average_at_end"][:1]],
        default=0,
    )
    cores = result["machine"]["cores"] or 1
    if busy > cores / 2:
        result["notes"].append(
            f"The machine was busy (load average up to {busy:g} on {cores} cores): wall times "
            "and Lighthouse performance are noisy, CPU times less so. Re-run on a quiet machine "
            "for numbers to quote."
        )
    result["finished"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    result["duration_s"] = round(time.monotonic() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(report.text_table(rows))
    print(f"\n{result['summary']} in {result['duration_s'] / 60:.1f} min; JSON: {args.out}")
    if args.docs:
        report.update_docs(args.docs, result)
        print(f"Docs updated: {args.docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
