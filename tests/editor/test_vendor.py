"""The vendored Decap CMS is exactly the pinned npm release, with its licence."""

from __future__ import annotations

import hashlib
import json
import re

from sosialisasi.editor.admin import manifest, vendor_dir
from tests.helpers import REPO


def test_every_vendored_file_matches_the_manifest_and_nothing_else_is_there():
    info = manifest()
    folder = vendor_dir()
    assert info["package"] == "decap-cms"
    assert re.fullmatch(r"\d+\.\d+\.\d+", info["version"])
    assert info["npm_integrity"].startswith("sha512-")
    for name, digest in info["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    present = {p.name for p in folder.iterdir()}
    assert present == set(info["files"]) | {"LICENSE", "MANIFEST.json"}


def test_the_licence_is_mit_and_names_the_authors():
    text = (vendor_dir() / "LICENSE").read_text(encoding="utf-8")
    assert manifest()["license"] == "MIT"
    assert text.startswith("Copyright (c) 2016 Netlify")
    assert "Permission is hereby granted, free of charge" in text


def test_the_bundle_names_its_version_and_fetches_no_code_from_elsewhere():
    bundle = (vendor_dir() / "decap-cms.js").read_text(encoding="utf-8")
    assert (
        f'console.log("decap-cms-app {manifest()["version"]}")' in bundle.replace("'", '"')
        or f"decap-cms-app {manifest()['version']}" in bundle
    )
    # Chunks load from beside the bundle (webpack's public path from document.currentScript).
    assert "unpkg.com" not in bundle and "cdn.jsdelivr" not in bundle


def test_the_local_backend_is_pinned_with_a_lock_file():
    package = json.loads((REPO / "scripts/editor/package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO / "scripts/editor/package-lock.json").read_text(encoding="utf-8"))
    version = package["dependencies"]["decap-server"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "pin an exact version"
    assert lock["packages"]["node_modules/decap-server"]["version"] == version
