"""Vendor Decap CMS from npm into src/sosialisasi/editor/vendor/decap-cms/ (or check the copy).

The editor's bundle is committed, not installed at build time: a region's CI then
builds /admin/ with pip alone (no Node, no npm registry, no network), and the
offline bundle and every fork build exactly the bytes reviewed here. This script
is the only way the copy changes:

    python scripts/editor/vendor.py 3.16.3     # fetch with `npm pack`, copy, write MANIFEST.json
    python scripts/editor/vendor.py --check    # re-fetch the pinned version, compare every file

`npm pack` verifies the tarball against the registry's integrity; MANIFEST.json
records that integrity and the sha256 of every copied file (tests check them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src" / "sosialisasi" / "editor" / "vendor" / "decap-cms"
PACKAGE = "decap-cms"
LICENSE = """Copyright (c) 2016 Netlify <decap@p-m.si>

MIT License

Permission is hereby granted, free of charge, to any person obtaining
a copy of this software and associated documentation files (the
"Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION
OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION
WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def wanted(name: str) -> bool:
    """The bundle decap-cms.js loads: itself, its numbered chunks, its wasm, its licence notes.
    Source maps and the duplicate cms.js build are left out."""
    return (
        name == "decap-cms.js"
        or name == "decap-cms.js.LICENSE.txt"
        or (name.endswith(".decap-cms.js") and name.split(".")[0].isdigit())
        or name.endswith(".wasm")
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(version: str, workdir: Path) -> tuple[Path, str]:
    """`npm pack` the pinned version; return its dist/ folder and the registry's integrity."""
    spec = f"{PACKAGE}@{version}"
    out = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(workdir)],
        check=True,
        capture_output=True,
        text=True,
        cwd=workdir,
    )
    info = json.loads(out.stdout)[0]
    with tarfile.open(workdir / info["filename"]) as archive:
        archive.extractall(workdir / "x", filter="data")
    return workdir / "x" / "package" / "dist", info["integrity"]


def vendor(version: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        dist, integrity = fetch(version, Path(tmp))
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.mkdir(parents=True)
        files = {}
        for source in sorted(dist.iterdir()):
            if wanted(source.name):
                shutil.copyfile(source, TARGET / source.name)
                files[source.name] = sha256(source)
    (TARGET / "LICENSE").write_text(LICENSE, encoding="utf-8")
    manifest = {
        "package": PACKAGE,
        "version": version,
        "license": "MIT",
        "npm_integrity": integrity,
        "refresh": "python scripts/editor/vendor.py <version>",
        "files": files,
    }
    (TARGET / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"vendored {PACKAGE}@{version}: {len(files)} files in {TARGET.relative_to(ROOT)}")


def check() -> int:
    manifest = json.loads((TARGET / "MANIFEST.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        dist, integrity = fetch(manifest["version"], Path(tmp))
        problems = []
        if integrity != manifest["npm_integrity"]:
            problems.append(f"npm integrity {integrity} != MANIFEST {manifest['npm_integrity']}")
        for name, digest in manifest["files"].items():
            if sha256(dist / name) != digest or sha256(TARGET / name) != digest:
                problems.append(f"{name} differs from {PACKAGE}@{manifest['version']} on npm")
    for problem in problems:
        print(problem, file=sys.stderr)
    print("vendored copy matches npm" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", nargs="?", help="decap-cms version to vendor")
    parser.add_argument("--check", action="store_true", help="compare the copy with npm")
    args = parser.parse_args()
    if args.check:
        return check()
    if not args.version:
        parser.error("give a version (e.g. 3.16.3) or --check")
    vendor(args.version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
