"""The assembled tree keeps one copy of the assets the sites share, and no link breaks."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sosialisasi.deploy.build import assemble, build_site
from sosialisasi.deploy.share import share_assets
from sosialisasi.deploy.sites import discover, plan
from tests.deploy.test_ci_templates import fork  # noqa: F401  (a fixture)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_identical_assets_are_kept_once_and_every_kind_of_reference_follows(tmp_path: Path):
    tree = tmp_path / "tree"
    for site in (tree, tree / "jateng"):
        write(site / "assets/app.js", "same")
        write(site / "assets/lib/x.css", "same css")
    write(tree / "assets/logo.svg", "<svg>national</svg>")
    write(tree / "jateng/assets/logo.svg", "<svg>jateng</svg>")  # differs: stays
    write(
        tree / "jateng/en/materi/index.html",
        '<script src="../../assets/app.js"></script>'
        '<link href="/pages/jateng/assets/lib/x.css?v=1">'
        '<meta content="https://h.example/pages/jateng/assets/app.js">'
        '<img src="../../assets/logo.svg"><a href="../../assets/nope.js">'
        '<link href="/pages/other/assets/app.js">',
    )
    write(tree / "jateng/index.html", '<script src="assets/app.js"></script>')
    (tree / "jateng/index.html.gz").write_bytes(gzip.compress(b"old"))
    (tree / "jateng/assets/app.js.gz").write_bytes(b"stale")
    write(tree / "jateng/assets/own.css", "a{background:url(lib/x.css)}")
    shared = share_assets(tree, "jateng/", "/pages/")
    assert shared.files == 2 and shared.bytes == len("same") + len("same css") + len("stale")
    assert not (tree / "jateng/assets/app.js").exists()
    assert not (tree / "jateng/assets/lib").exists(), "emptied folders go too"
    assert (tree / "jateng/assets/logo.svg").read_text() == "<svg>jateng</svg>"
    page = (tree / "jateng/en/materi/index.html").read_text()
    assert '<script src="../../../assets/app.js">' in page
    assert '<link href="/pages/assets/lib/x.css?v=1">' in page
    assert '"https://h.example/pages/assets/app.js"' in page
    assert '<img src="../../assets/logo.svg">' in page and '"../../assets/nope.js"' in page
    assert '"/pages/other/assets/app.js"' in page, "another site's URL is left alone"
    assert '<script src="../assets/app.js">' in (tree / "jateng/index.html").read_text()
    assert (
        gzip.decompress((tree / "jateng/index.html.gz").read_bytes()).decode()
        == (tree / "jateng/index.html").read_text()
    ), "nginx's gzip_static twin follows the page"
    assert not (tree / "jateng/assets/app.js.gz").exists()
    own = (tree / "jateng/assets/own.css").read_text()
    assert own == "a{background:url(../../assets/lib/x.css)}"


LINK = re.compile(r'(?:src|href)="([^"#?]+)')


def local_targets(page: Path, tree: Path, root_path: str) -> list[tuple[str, Path]]:
    found = []
    for url in LINK.findall(page.read_text(encoding="utf-8")):
        parts = urlsplit(url)
        if parts.scheme in ("mailto", "tel", "data", "javascript"):
            continue
        if parts.scheme or parts.netloc:
            if not parts.path.startswith(root_path) or parts.netloc != "org.github.io":
                continue
            target = tree / parts.path[len(root_path) :]
        elif url.startswith("/"):
            target = tree / url[len(root_path) :]
        else:
            target = page.parent / url
        if target.is_dir() or url.endswith("/"):
            target = target / "index.html"
        found.append((url, target))
    return found


@pytest.mark.slow
def test_a_shared_tree_of_real_builds_has_no_broken_local_link(fork: Path, tmp_path: Path):  # noqa: F811
    public = "https://org.github.io/netralitas/"
    sites = plan(fork, discover(fork), public)
    for site in sites:
        build_site(site, tmp_path / "built")
    tree = assemble(sites, tmp_path / "built", tmp_path / "tree")
    region = tree / "jateng"
    assert not list(region.glob("assets/javascripts/bundle.*.js")), "the bundle is shared"
    assert list(tree.glob("assets/javascripts/bundle.*.js"))
    broken = [
        (page.relative_to(tree).as_posix(), url)
        for page in region.rglob("*.html")
        for url, target in local_targets(page, tree, "/netralitas/")
        if not target.resolve().is_file()
    ]
    assert not broken, broken[:20]
    pages = list(region.rglob("*.html"))
    assert pages and any("assets/javascripts/bundle" in p.read_text() for p in pages)
