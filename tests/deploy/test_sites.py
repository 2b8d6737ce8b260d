"""Which sites a repository deploys and at which URL: discovery and the URL rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.deploy.sites import BASE, DeployError, discover, normalise_url, plan, select
from tests.helpers import REPO

MULTISITE = REPO / "tests" / "fixtures" / "sites" / "multisite"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose national site reads SITE_URL, with no region yet."""
    write(
        tmp_path / "mkdocs.yml", 'site_name: N\nsite_url: !ENV [SITE_URL, "https://n.example/"]\n'
    )
    (tmp_path / "docs").mkdir()
    return tmp_path


def region(root: Path, slug: str, extra: str = "") -> Path:
    return write(root / "regions" / slug / "mkdocs.yml", f"INHERIT: ../../mkdocs.yml\n{extra}")


def test_regions_are_discovered_from_their_folders_national_first(repo: Path):
    region(repo, "sumbar")
    region(repo, "jawa-tengah")
    write(repo / "regions" / "notes" / "README.md", "not a site")
    assert [s.name for s in discover(repo)] == [BASE, "jawa-tengah", "sumbar"]


def test_the_fixture_fork_has_a_national_site_and_one_region():
    sources = discover(MULTISITE)
    assert [(s.name, s.config.relative_to(MULTISITE).as_posix()) for s in sources] == [
        ("base", "mkdocs.yml"),
        ("jateng", "regions/jateng/mkdocs.yml"),
    ]


@pytest.mark.parametrize("slug", ["Jawa_Tengah", "assets", "base", "-x"])
def test_a_region_folder_name_must_work_as_a_url_path(repo: Path, slug: str):
    region(repo, slug)
    with pytest.raises(DeployError, match="lowercase letters, digits and hyphens"):
        discover(repo)


def test_an_unknown_site_name_lists_the_known_ones(repo: Path):
    region(repo, "jateng")
    with pytest.raises(DeployError, match="Sites here: base, jateng"):
        select(discover(repo), ["jatim"])


def test_without_a_public_url_each_site_keeps_its_own_site_url(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    sites = plan(MULTISITE, discover(MULTISITE))
    assert [(s.name, s.site_url, s.path) for s in sites] == [
        ("base", "https://example.org/nasional/", "/nasional/"),
        ("jateng", "https://jateng.example.org/", "/"),
    ]
    assert [lang.prefix for lang in sites[1].languages] == ["", "en/"]


def test_site_url_from_the_environment_applies_where_the_config_reads_it(repo: Path, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://portal.example.go.id/netralitas")
    (site,) = plan(repo, discover(repo))
    assert site.site_url == "https://portal.example.go.id/netralitas/"
    assert site.path == "/netralitas/"


def test_a_region_without_its_own_address_is_refused(repo: Path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    region(repo, "jateng")
    with pytest.raises(DeployError, match="has the national site's address"):
        plan(repo, discover(repo))


def test_a_public_url_puts_the_nation_at_its_root_and_regions_below(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://ignored.example/")
    sites = plan(MULTISITE, discover(MULTISITE), "https://org.github.io/netralitas")
    assert [(s.name, s.site_url) for s in sites] == [
        ("base", "https://org.github.io/netralitas/"),
        ("jateng", "https://org.github.io/netralitas/jateng/"),
    ]


def test_a_region_inheriting_the_national_site_url_follows_the_public_url(repo: Path):
    region(repo, "jateng")
    sites = plan(repo, discover(repo), "https://org.gitlab.io/kit/")
    assert sites[1].site_url == "https://org.gitlab.io/kit/jateng/"


def test_a_fixed_site_url_cannot_be_moved_and_the_fix_is_named(repo: Path):
    region(repo, "jateng", "site_url: https://jateng.example/\n")
    with pytest.raises(
        DeployError, match=r"site_url: !ENV \[SITE_URL, \"https://jateng.example/\"\]"
    ):
        plan(repo, discover(repo), "https://org.github.io/kit/")


def test_a_region_cannot_hide_a_folder_of_the_national_site(repo: Path):
    write(repo / "docs" / "panduan" / "index.id.md", "# Panduan\n")
    region(repo, "panduan")
    with pytest.raises(DeployError, match="national site already has 'panduan/'"):
        plan(repo, discover(repo), "https://org.github.io/kit/")


@pytest.mark.parametrize("url", ["netralitas.example.org", "ftp://x.example/", "https://x/?a=1"])
def test_an_address_that_is_not_a_site_url_is_refused(url: str):
    with pytest.raises(DeployError):
        normalise_url(url)


def test_a_missing_national_config_says_where_to_run(tmp_path: Path):
    with pytest.raises(DeployError, match="repository root"):
        discover(tmp_path)
