"""What each language's service worker keeps, and how a new deploy shows in its version."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from sosialisasi.pwa.manifest import icon, initials, manifest
from sosialisasi.pwa.precache import precache, service_worker

FILES = [
    "index.html",
    "materi/larangan/index.html",
    "ikrar/index.html",
    "search/search_index.json",
    "404.html",
    "sitemap.xml",
    "buklet/netralitas-asn.pdf",
    "buklet/index.html",
    "kuis/sanksi/kunci/index.html",
    "en/index.html",
    "en/materi/larangan/index.html",
    "en/search/search_index.json",
    "en/404.html",
    "assets/stylesheets/main.css",
    "assets/javascripts/bundle.js",
    "assets/javascripts/lunr/min/lunr.de.min.js",
    "assets/sosialisasi/quiz.js",
    "assets/sosialisasi/share/materi/larangan.png",
    "assets/sosialisasi/logo.svg",
    "index.html.gz",
]


def site(tmp_path: Path) -> Path:
    for name in FILES:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name, "utf-8")
    (tmp_path / "kuis/sanksi/kunci/index.html").write_text(
        '<html><head><meta name="robots" content="noindex"></head></html>', "utf-8"
    )
    return tmp_path


def test_each_language_keeps_its_pages_index_and_the_shared_assets(tmp_path: Path):
    root = site(tmp_path)
    indonesian = precache(root, "", ["", "en/"], directory_urls=True, leave_out=["buklet/"])
    assert set(indonesian.urls) == {
        "./",
        "materi/larangan/",
        "ikrar/",
        "search/search_index.json",
        "assets/stylesheets/main.css",
        "assets/javascripts/bundle.js",
        "assets/sosialisasi/quiz.js",
        "assets/sosialisasi/logo.svg",
    }
    english = precache(root, "en/", ["", "en/"], directory_urls=True)
    assert set(english.urls) == {
        "./",
        "materi/larangan/",
        "search/search_index.json",
        "../assets/stylesheets/main.css",
        "../assets/javascripts/bundle.js",
        "../assets/sosialisasi/quiz.js",
        "../assets/sosialisasi/logo.svg",
    }


def test_without_directory_urls_pages_keep_their_file_names(tmp_path: Path):
    urls = precache(site(tmp_path), "", ["", "en/"], directory_urls=False).urls
    assert "index.html" in urls and "materi/larangan/index.html" in urls


def test_a_new_deploy_changes_the_version_and_so_the_worker(tmp_path: Path):
    root = site(tmp_path)
    before = precache(root, "", ["", "en/"], directory_urls=True)
    (root / "en/index.html").write_text("changed", "utf-8")
    assert precache(root, "", ["", "en/"], directory_urls=True).version == before.version
    page = root / "materi/larangan/index.html"
    page.write_text('<meta name="generator" content="properdocs">materi/larangan/index.html')
    assert precache(root, "", ["", "en/"], directory_urls=True).version == before.version
    page.write_text("changed", "utf-8")
    after = precache(root, "", ["", "en/"], directory_urls=True)
    assert after.version != before.version
    assert service_worker(after) != service_worker(before)
    header = service_worker(after).split("\n", 1)[0]
    data = json.loads(header.removeprefix("self.SOSIALISASI_PRECACHE = ").removesuffix(";"))
    assert data["version"] == after.version and "./" in data["urls"]


def test_the_manifest_and_its_icons():
    data = json.loads(manifest(name="Netralitas ASN", short_name="", description="d", locale="id"))
    assert data["start_url"] == data["scope"] == "./" and data["display"] == "standalone"
    assert data["short_name"] == "Netralitas A"  # at most 12 characters under the icon
    assert initials("Netralitas ASN") == "NA" and initials("") == "S"
    for size in (192, 512):
        with Image.open(io.BytesIO(icon(size, "NA"))) as image:
            assert image.size == (size, size) and image.format == "PNG"


def test_without_leave_out_the_booklet_is_kept_but_never_noindex_pages(tmp_path: Path):
    urls = precache(site(tmp_path), "", ["", "en/"], directory_urls=True).urls
    assert "buklet/" in urls and "kuis/sanksi/kunci/" not in urls


def test_in_an_assembled_tree_a_region_worker_keeps_the_shared_national_assets(tmp_path: Path):
    from sosialisasi.deploy.share import share_assets

    for site in ("", "bali/"):
        for name in ("assets/a.js", "index.html", "en/index.html"):
            path = tmp_path / site / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("same" if name.startswith("assets") else site + name, "utf-8")
    region = tmp_path / "bali"
    for prefix in ("", "en/"):
        cache = precache(region, prefix, ["", "en/"], directory_urls=True)
        (region / prefix / "sw.js").write_text(service_worker(cache), "utf-8")
    assert share_assets(tmp_path, "bali").files == 1
    assert '"../assets/a.js"' in (region / "sw.js").read_text("utf-8")
    assert '"../../assets/a.js"' in (region / "en/sw.js").read_text("utf-8")
    assert not (region / "assets/a.js").exists()
