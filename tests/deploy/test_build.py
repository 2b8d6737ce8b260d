"""`sosialisasi deploy build/assemble` on a fixture fork: real strict builds in temp dirs."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sosialisasi.deploy.build import assemble, build_site, check_built_url
from sosialisasi.deploy.headers import SECURITY_HEADERS
from sosialisasi.deploy.sites import DeployError, Site, discover, plan
from sosialisasi.site.languages import Language
from tests.deploy.test_sites import MULTISITE, write
from tests.helpers import head_alternates

PUBLIC = "https://org.github.io/netralitas/"
LANGUAGES = (Language("id", "Bahasa Indonesia", True), Language("en", "English"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sosialisasi.cli", "deploy", "--root", str(MULTISITE), *args]
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env)


@pytest.fixture(scope="module")
def pages_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture site built for one public URL, then merged: what the Pages CI does."""
    out = tmp_path_factory.mktemp("deploy")
    built = cli("build", "--all", "--public-url", PUBLIC, "--out", str(out), "--gzip")
    assert built.returncode == 0, built.stderr[-3000:]
    merged = cli(
        "assemble", "--public-url", PUBLIC, "--from", str(out), "--to", str(out / "_combined")
    )
    assert merged.returncode == 0, merged.stderr
    return out


def test_the_list_for_ci_matrices_is_json_discovered_from_the_folders():
    result = cli("list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {"name": "base", "config": "mkdocs.yml"},
        {"name": "jateng", "config": "regions/jateng/mkdocs.yml"},
    ]


def test_each_site_gets_its_folder_and_its_nginx_snippet(pages_build: Path):
    assert (pages_build / "base" / "index.html").is_file()
    assert (pages_build / "jateng" / "en" / "404.html").is_file()
    snippet = (pages_build / "jateng.nginx.conf").read_text()
    assert "location /netralitas/jateng/ {" in snippet
    assert "error_page 404 /netralitas/jateng/en/404.html;" in snippet
    for name, value in SECURITY_HEADERS.items():
        assert f'add_header {name} "{value}" always;' in snippet


def test_every_url_of_a_region_carries_its_path_under_the_public_url(pages_build: Path):
    page = (
        pages_build / "_combined" / "jateng" / "en" / "bagian" / "satu" / "index.html"
    ).read_text()
    assert f'<link rel="canonical" href="{PUBLIC}jateng/en/bagian/satu/">' in page
    assert head_alternates(page) == {
        "id": f"{PUBLIC}jateng/bagian/satu/",
        "en": f"{PUBLIC}jateng/en/bagian/satu/",
        "x-default": f"{PUBLIC}jateng/bagian/satu/",
    }
    sitemap = (pages_build / "_combined" / "jateng" / "sitemap.xml").read_text()
    locs = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    assert locs and all(loc.startswith(f"{PUBLIC}jateng/") for loc in locs)


def test_the_merged_tree_holds_the_nation_at_its_root_and_regions_below(pages_build: Path):
    tree = pages_build / "_combined"
    assert "Beranda nasional" in (tree / "index.html").read_text()
    assert "Beranda Jawa Tengah" in (tree / "jateng" / "index.html").read_text()
    assert not (tree / "base").exists()


def test_gzip_files_decompress_to_their_originals(pages_build: Path):
    page = pages_build / "base" / "index.html"
    packed = page.with_name("index.html.gz")
    assert gzip.decompress(packed.read_bytes()) == page.read_bytes()
    assert not list((pages_build / "base").rglob("*.gz.gz"))


def test_a_failed_build_leaves_the_previous_folder_as_it_was(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    (site,) = plan(MULTISITE, discover(MULTISITE)[:1])
    build_site(site, tmp_path)
    before = (tmp_path / "base" / "index.html").read_bytes()
    broken = write(tmp_path / "broken" / "mkdocs.yml", "site_name: B\nnav:\n  - missing.md\n")
    (tmp_path / "broken" / "docs").mkdir()
    with pytest.raises(DeployError, match="build of 'base'"):
        build_site(Site("base", broken, site.site_url, LANGUAGES), tmp_path)
    assert (tmp_path / "base" / "index.html").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base", "base.nginx.conf", "broken"]


def test_a_site_built_for_another_address_is_refused(tmp_path: Path):
    write(tmp_path / "index.html", '<link rel="canonical" href="https://a.example/">')
    with pytest.raises(DeployError, match=r"not https://b\.example/"):
        check_built_url(tmp_path, Site("x", tmp_path / "mkdocs.yml", "https://b.example/", ()))


def test_a_region_colliding_with_a_national_folder_is_refused(tmp_path: Path):
    write(tmp_path / "built" / "base" / "index.html", "national")
    write(tmp_path / "built" / "base" / "jateng" / "index.html", "a national page")
    write(tmp_path / "built" / "jateng" / "index.html", "region")
    sites = [
        Site("base", tmp_path, PUBLIC, LANGUAGES),
        Site("jateng", tmp_path, PUBLIC + "jateng/", LANGUAGES),
    ]
    with pytest.raises(DeployError, match="already has a page or folder"):
        assemble(sites, tmp_path / "built", tmp_path / "tree")
    assert not (tmp_path / "tree").exists()


def test_building_for_an_example_address_warns_before_anyone_publishes_it(tmp_path: Path):
    result = cli("build", "base", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "warning: 'base' is built for the example address https://example.org/nasional/" in (
        result.stderr
    )


def test_build_needs_site_names_or_all():
    result = cli("build")
    assert result.returncode == 2
    assert "name the sites to build" in result.stderr
    assert "Traceback" not in result.stderr
