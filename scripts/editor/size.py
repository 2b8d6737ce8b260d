"""Print the /admin/ editor's download size: each vendored file raw and gzip -9.

    .venv/bin/python scripts/editor/size.py

What a browser fetches when an editor opens /admin/, logs in and edits a region or a
page: decap-cms.js, admin.js, admin.css, admin-ui.css and config.yml (the numbered
chunks and wasm files were not fetched in that session, measured in Chromium).
"""

from __future__ import annotations

import gzip
from importlib import resources
from pathlib import Path

from sosialisasi.editor.admin import manifest, vendor_dir


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def main() -> None:
    folder = vendor_dir()
    assets = Path(str(resources.files("sosialisasi.editor").joinpath("assets")))
    loaded = [
        folder / "decap-cms.js",
        *(assets / n for n in ("admin.js", "admin.css", "admin-ui.css")),
    ]
    rest = [folder / n for n in manifest()["files"] if n != "decap-cms.js"]
    print(f"Decap CMS {manifest()['version']}")
    for path in loaded:
        data = path.read_bytes()
        print(f"  {path.name:<22} {len(data):>10,} B  gzip {gz(data):>10,} B")
    opened = sum(gz(p.read_bytes()) for p in loaded)
    print(f"  loaded on open + edit (without config.yml): gzip {opened:,} B")
    lazy = sum(gz(p.read_bytes()) for p in rest)
    print(f"  lazy chunks and wasm ({len(rest)} files): gzip {lazy:,} B")
    print("  (not fetched when opening, editing region.yml or writing a page in Chromium)")


if __name__ == "__main__":
    main()
