"""URL paths are validated component by component before they reach nginx: a region's own
site_url cannot add directives, and no accepted address yields a config `nginx -t` refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.deploy.build import nginx_snippet
from sosialisasi.deploy.nginx import location_block, url_path_problem
from sosialisasi.deploy.sites import DeployError, Site, discover, normalise_url, plan
from sosialisasi.site.languages import Language
from tests.helpers import nginx_available, nginx_config, nginx_server, nginx_test

LANGUAGES = (Language("id", "Bahasa Indonesia", True), Language("en", "English"))
INJECTIONS = [
    "https://r.example/x;return 302 https://evil.example/;/",
    "https://r.example/x%3B%7D/",
    "https://r.example/a b/",
    "https://r.example/ a/",
    "https://r.example/$host/",
    "https://r.example/x}server{/",
    "https://r.example/x'/",
    'https://r.example/x"/',
    "https://r.example/a/../b/",
    "https://r.example/a//b/",
    "https://r.example/x\\/",
    "https://r.exa mple/",
    "https://r.example;/",
    "https://r.example/x#{/",
]


@pytest.mark.parametrize("url", INJECTIONS)
def test_an_address_nginx_could_misread_is_refused(url: str):
    with pytest.raises(DeployError):
        normalise_url(url)


@pytest.mark.parametrize("path", ["/", "/netralitas/", "/a/b-c/d_e.f~g/", "/Jateng2024/"])
def test_ordinary_paths_pass(path: str):
    assert url_path_problem(path) is None
    assert f"location {path} {{" in location_block(path, LANGUAGES)


@pytest.mark.parametrize("path", ["/x;}/", "/a b/", "/../", "x/", "/x\n}/", "/$uri/"])
def test_the_nginx_writer_itself_refuses_a_bad_path(path: str):
    with pytest.raises(ValueError):
        location_block(path, LANGUAGES)


def test_a_region_s_own_site_url_is_refused_naming_its_config(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    (tmp_path / "mkdocs.yml").write_text("site_name: N\nsite_url: https://n.example/\n")
    (tmp_path / "docs").mkdir()
    region = tmp_path / "regions" / "jahat" / "mkdocs.yml"
    region.parent.mkdir(parents=True)
    region.write_text(
        "INHERIT: ../../mkdocs.yml\nsite_url: 'https://n.example/x; return 302 /evil;/'\n"
    )
    with pytest.raises(DeployError) as caught:
        plan(tmp_path, discover(tmp_path))
    assert str(region) in str(caught.value)
    assert "'x; return 302 '" in str(caught.value)


def test_a_comment_cannot_end_its_line(tmp_path: Path):
    block = location_block("/a/", LANGUAGES, "Situs\rdeny all;\x85x")
    assert all(
        line.startswith("#") or not line.strip().startswith("deny") for line in block.splitlines()
    )


def test_every_accepted_address_gives_a_config_nginx_accepts(tmp_path: Path):
    if nginx_available() is None:
        pytest.fail("nginx is not installed (scripts/setup-system.sh installs it)")
    site = Site(
        "r", tmp_path / "mkdocs.yml", normalise_url("https://r.example/a.b/c~d-e_f/"), LANGUAGES
    )
    snippet = nginx_snippet(site)
    config = nginx_config(tmp_path, nginx_server(tmp_path, 8089, snippet))
    result = nginx_test(config)
    assert result.returncode == 0, result.stderr
