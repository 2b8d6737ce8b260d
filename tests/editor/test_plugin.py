"""Real builds: /admin/ only for a site that asks for it, generated from its region."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from sosialisasi.cli import main
from sosialisasi.deploy.build import editor_csp, nginx_snippet
from sosialisasi.deploy.sites import Site
from sosialisasi.site.languages import Language
from tests.helpers import (
    REPO,
    free_port,
    mkdocs_build,
    nginx_available,
    nginx_config,
    nginx_server,
    nginx_test,
    serve_nginx,
)

pytestmark = pytest.mark.slow


def copy_project(root: Path) -> Path:
    """The parts of this repository a region's fork builds from."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "content", "overrides", "quizzes"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copyfile)(source, root / name)
    return root


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("repo"))
    code = main(
        ["new-region", "kota-contoh", "--name", "Pemerintah Kota Contoh", "--level", "kota",
         "--editor-repo", "pemkot-contoh/netralitas", "--root", str(root)]
    )  # fmt: skip
    assert code == 0
    return root


@pytest.fixture(scope="module")
def region_site(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(project / "regions/kota-contoh/mkdocs.yml", site, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def test_new_region_sets_the_editor_up(project: Path):
    config = yaml.safe_load(
        (project / "regions/kota-contoh/mkdocs.yml").read_text().replace("!ENV", "")
    )
    assert config["extra"]["editor"] == {
        "backend": "github",
        "repo": "pemkot-contoh/netralitas",
        "branch": "main",
    }


def test_new_region_refuses_a_repo_that_is_not_owner_name(project: Path, capsys):
    code = main(
        ["new-region", "kota-lain", "--name", "X", "--level", "kota",
         "--editor-repo", "x\ny: 1", "--root", str(project)]
    )  # fmt: skip
    assert code != 0
    assert "is not a repository" in capsys.readouterr().err
    assert not (project / "regions/kota-lain").exists()


def test_region_site_has_admin_generated_from_its_region(region_site: Path):
    admin = region_site / "admin"
    config = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["repo"] == "pemkot-contoh/netralitas"
    region, pages = config["collections"]
    assert region["files"][0]["file"] == "regions/kota-contoh/region.yml"
    assert pages["folder"] == "regions/kota-contoh/content/daerah"
    page = (admin / "index.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in page
    assert 'http-equiv="Content-Security-Policy"' in page
    assert "frame-ancestors" not in page  # ignored in a meta policy; sent as a header
    assert "<script>" not in page  # no inline script
    assert "../assets/stylesheets/main." in page and "../assets/sosialisasi/site.css" in page
    assert (admin / "decap-cms.js").is_file() and (admin / "LICENSE-decap-cms.txt").is_file()
    assert not (region_site / "en" / "admin").exists()  # once, not per language
    workers = list(region_site.rglob("sw.js"))  # readers' offline copy never holds the editor
    assert workers
    for worker in workers:
        assert "admin/" not in worker.read_text(encoding="utf-8")


def test_the_offline_bundle_leaves_the_editor_out(project: Path, tmp_path: Path):
    site = tmp_path / "site"
    config = project / "regions/kota-contoh/mkdocs.yml"
    result = mkdocs_build(config, site, strict=False, env={"SOSIALISASI_OFFLINE": "true"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert (site / "index.html").is_file()
    assert not (site / "admin").exists()


def test_national_site_has_no_editor_unless_it_opts_in(built_site: Path):
    assert not (built_site / "admin").exists()


def test_a_region_inheriting_the_national_repo_edits_locally_only(tmp_path: Path):
    root = copy_project(tmp_path / "repo")
    base = root / "mkdocs.yml"
    text = base.read_text()
    assert "\nextra:\n" in text
    base.write_text(
        text.replace("\nextra:\n", "\nextra:\n  editor:\n    repo: kemenpan/netralitas\n")
    )
    assert main(["new-region", "kab-x", "--name", "Pemkab X", "--level", "kabupaten",
                 "--root", str(root)]) == 0  # fmt: skip
    config = root / "regions/kab-x/mkdocs.yml"
    config.write_text(config.read_text().replace('    repo: ""\n', ""))
    site = tmp_path / "site"
    result = mkdocs_build(config, site, strict=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "is the national site's" in result.stderr
    admin = yaml.safe_load((site / "admin/config.yml").read_text(encoding="utf-8"))
    assert admin["backend"]["repo"] != "kemenpan/netralitas"
    national = tmp_path / "national"
    assert mkdocs_build(base, national, strict=False).returncode == 0
    assert (national / "admin/config.yml").is_file()  # the national site opted in


def test_a_bad_editor_block_fails_the_build_with_one_line(tmp_path: Path):
    root = copy_project(tmp_path / "repo")
    assert main(["new-region", "kab-y", "--name", "Pemkab Y", "--level", "kabupaten",
                 "--root", str(root)]) == 0  # fmt: skip
    config = root / "regions/kab-y/mkdocs.yml"
    config.write_text(config.read_text().replace("backend: github", "backend: bitbucket"))
    result = mkdocs_build(config, tmp_path / "site", strict=False)
    assert result.returncode != 0
    assert "extra.editor.backend: 'bitbucket' is not one of github, gitlab" in result.stderr
    assert "Traceback" not in result.stderr


def test_nginx_serves_admin_with_its_own_csp_and_the_rest_with_the_strict_one(
    region_site: Path, tmp_path: Path
):
    import urllib.request

    assert nginx_available(), "nginx is missing: make system installs it (scripts/setup-system.sh)"
    site = Site(
        name="kota-contoh",
        config=Path("regions/kota-contoh/mkdocs.yml"),
        site_url="http://127.0.0.1/kota-contoh/",
        languages=(Language("id", "Bahasa Indonesia", True), Language("en", "English")),
    )
    snippet = nginx_snippet(site, editor_csp(region_site))
    webroot = tmp_path / "www"
    shutil.copytree(region_site, webroot / "kota-contoh")
    port = free_port()
    config = nginx_config(tmp_path / "nginx", nginx_server(webroot, port, snippet))
    assert nginx_test(config).returncode == 0, nginx_test(config).stderr
    with serve_nginx(config, port):
        admin = urllib.request.urlopen(f"http://127.0.0.1:{port}/kota-contoh/admin/")
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/kota-contoh/daerah/")
    assert "'unsafe-eval'" in admin.headers["Content-Security-Policy"]
    assert admin.headers["X-Content-Type-Options"] == "nosniff"
    assert "'unsafe-eval'" not in page.headers["Content-Security-Policy"]
    assert page.headers["Content-Security-Policy"].startswith("default-src 'none'")
