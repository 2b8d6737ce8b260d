"""Every region of the country: 545 Pilkada regions in one repository, simulated.

No site is built. The national site's sources are copied into a temp repository and
545 region folders are written from the `new-region` scaffold (37 provinsi, 415
kabupaten, 93 kota: the regions of Pilkada 2024). `sosialisasi deploy plan` must then
list CI shards within GitHub's 256-job matrix limit, each site in exactly one shard,
and report the assembled size, saying before any build that it will not fit Pages.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sosialisasi.deploy.capacity import GB, HOSTS, shard_of
from sosialisasi.deploy.sites import discover
from sosialisasi.region.model import Level
from sosialisasi.region.scaffold import NewRegion, scaffold_region
from tests.helpers import REPO

PILKADA_2024 = {Level.PROVINSI: 37, Level.KABUPATEN: 415, Level.KOTA: 93}
TODAY = dt.date(2026, 12, 4)


def national(root: Path) -> Path:
    """The repository's national site, sources only (mkdocs.yml, content, banks)."""
    root.mkdir()
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "quizzes", root / "quizzes")
    return root


def add_regions(root: Path, counts: dict[Level, int]) -> list[str]:
    slugs = []
    for level, count in counts.items():
        for number in range(1, count + 1):
            slug = f"{level.value}-{number:03d}"
            name = f"Pemerintah {level.value.title()} Uji {number:03d}"
            scaffold_region(root, NewRegion(slug, name, level, TODAY))
            slugs.append(slug)
    return slugs


@pytest.fixture(scope="module")
def country(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = national(tmp_path_factory.mktemp("country") / "repo")
    slugs = add_regions(root, PILKADA_2024)
    assert len(slugs) == 545
    return root


def plan(root: Path, *args: str) -> tuple[int, dict, str]:
    command = [sys.executable, "-m", "sosialisasi.cli", "deploy", "--root", str(root)]
    result = subprocess.run(
        [*command, "plan", "--json", *args], capture_output=True, text=True, check=False
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout), result.stderr


def test_545_regions_build_in_at_most_256_jobs_each_site_once(country: Path):
    _, found, _ = plan(country, "--host", "github-pages")
    assert found["sites"] == 546, "the national site and 545 regions"
    jobs = len(found["shards"])
    assert 2 <= jobs <= HOSTS["github-pages"].max_jobs
    names = [source.name for source in discover(country)]
    built = []
    for entry in found["shards"]:
        index, total = map(int, entry["shard"].split("/"))
        assert total == jobs
        built += shard_of(names, index, total)
    assert sorted(built) == sorted(names), "every site in exactly one job"
    print(f"\n545 regions: {jobs} jobs of at most {-(-len(names) // jobs)} sites")


def test_the_country_does_not_fit_pages_and_plan_says_so_before_building(country: Path):
    code, found, stderr = plan(country, "--host", "github-pages")
    assert code == 1 and found["fits"] is False
    shared, total, copied = (
        found["shared_bytes"],
        found["estimated_bytes"],
        found["estimated_bytes_copied"],
    )
    assert 2_000_000 < shared < 4_000_000, "Material's assets, once"
    assert GB < total < copied, "sharing the assets saves, but 546 sites are over 1 GB"
    assert copied - total == shared * 545
    assert "fork per province" in stderr and "without the limit" in stderr
    print(f"\nassembled estimate: {total / GB:.2f} GB shared, {copied / GB:.2f} GB copied")
    code, found, _ = plan(country, "--host", "server")
    assert code == 0 and found["fits"] is True and found["max_bytes"] is None


def test_a_province_with_its_kabupaten_and_kota_fits_pages(tmp_path: Path):
    """The largest province has 38 kabupaten/kota (Jawa Timur): one fork, one Pages site."""
    root = national(tmp_path / "repo")
    add_regions(root, {Level.PROVINSI: 1, Level.KABUPATEN: 29, Level.KOTA: 9})
    code, found, _ = plan(root, "--host", "github-pages")
    assert code == 0 and found["fits"] is True and found["sites"] == 40
    assert found["estimated_bytes"] < GB / 2
    print(f"\nprovince of 39 regions: {found['estimated_bytes'] / GB:.2f} GB")


def test_build_refuses_before_building_a_tree_the_host_cannot_take(country: Path):
    command = [sys.executable, "-m", "sosialisasi.cli", "deploy", "--root", str(country)]
    result = subprocess.run(
        [*command, "build", "--all", "--host", "github-pages", "--out", str(country / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "fork per province" in result.stderr
    assert not (country / "out").exists(), "nothing was built"


def test_a_measured_build_recalibrates_the_estimate(tmp_path: Path):
    root = national(tmp_path / "repo")
    built = tmp_path / "built"
    (built / "assets").mkdir(parents=True)
    (built / "assets" / "bundle.js").write_bytes(b"x" * 3_000_000)
    (built / "index.html").write_bytes(b"y" * 5_000_000)
    _, found, _ = plan(root, "--host", "server", "--measured", str(built))
    assert found["sites"] == 1
    assert found["shared_bytes"] == 3_000_000
    assert found["estimated_bytes"] == 8_000_000, "the national site measured as it is"
