"""Build sites into ready-to-upload folders, and merge them into one tree for Pages.

Each site is built with ``mkdocs build --strict`` (a subprocess: the core never
imports MkDocs) into a temporary folder next to its target, which replaces the
target only when the build succeeded, so a broken edit never empties a folder
that is being uploaded.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sosialisasi.booklet.pdf import PdfError, has_booklets, make_pdfs
from sosialisasi.deploy.nginx import location_block
from sosialisasi.deploy.share import share_assets
from sosialisasi.deploy.sites import BASE, DeployError, Site
from sosialisasi.outputs import OutputError, check_output_file, check_site_folder, write_text_file

# Text files worth precompressing for nginx's gzip_static (below 1 KB gzip barely helps).
COMPRESSIBLE = frozenset({".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"})
MIN_GZIP_BYTES = 1024
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)"')


def build_site(
    site: Site, out: Path, *, precompress: bool = False, chromium: str | None = None
) -> Path:
    """Strict-build `site` into ``out/<name>/`` and write ``out/<name>.nginx.conf``.

    With `chromium`, each language's booklet is printed to PDF before precompressing
    (the pages that link to it change)."""
    out = out.resolve()  # MkDocs reads a relative --site-dir from the config's folder
    target = out / site.name
    roots = {site.config.parent, Path.cwd()}
    try:  # never the sources, a folder that is not a previous build, or a device
        for root in roots:
            check_site_folder(target, project_root=root)
        out.mkdir(parents=True, exist_ok=True)
        for root in roots:
            check_output_file(out / f"{site.name}.nginx.conf", project_root=root)
    except OutputError as error:
        raise DeployError(f"--out: {error}") from None
    tmp = Path(tempfile.mkdtemp(prefix=f".{site.name}.tmp-", dir=out))
    try:
        env = {**os.environ, "SITE_URL": site.site_url, "NO_MKDOCS_2_WARNING": "1"}
        command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
        command += ["-f", str(site.config), "--site-dir", str(tmp)]
        result = subprocess.run(command, env=env, check=False)
        if result.returncode != 0:
            raise DeployError(
                f"the build of '{site.name}' ({site.config}) failed; the messages above say "
                f"why. {target} was left as it was."
            )
        check_built_url(tmp, site)
        if chromium and has_booklets(tmp):
            try:
                for item in make_pdfs(tmp, chromium):
                    print(f"{site.name}: booklet PDF ({item.locale}) {item.size / 1e6:.2f} MB")
            except PdfError as error:
                raise DeployError(f"'{site.name}': {error} {target} was left as it was.") from error
        if precompress:
            precompress_tree(tmp)
        _replace(target, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_text_file(out / f"{site.name}.nginx.conf", nginx_snippet(site, editor_csp(target)))
    return target


def editor_csp(site_dir: Path) -> str:
    """The /admin/ editor's policy, as its plugin wrote it ('' for a site without editor)."""
    policy = site_dir / "admin" / "csp.txt"
    return policy.read_text(encoding="utf-8").strip() if policy.is_file() else ""


def nginx_snippet(site: Site, admin_csp: str = "") -> str:
    comment = (
        f"Site '{site.name}', built for {site.site_url}\n"
        f"Copy the contents of its folder to <root>{site.path} on the server, where <root> is\n"
        "the `root` of the server block that includes this file."
    )
    return location_block(site.path, site.languages, comment, admin_csp)


def check_built_url(site_dir: Path, site: Site) -> None:
    """The home page's canonical URL must be the URL the site is deployed at."""
    home = site_dir / "index.html"
    found = CANONICAL.search(home.read_text(encoding="utf-8")) if home.is_file() else None
    if found is None or found.group(1) != site.site_url:
        got = found.group(1) if found else "no canonical link"
        raise DeployError(
            f"'{site.name}' was built for {got}, not {site.site_url}: its site_url does not "
            f"follow SITE_URL. In {site.config} write "
            f'`site_url: !ENV [SITE_URL, "https://host/path/"]`.'
        )


def precompress_tree(site_dir: Path) -> int:
    """Write ``<file>.gz`` beside each text file for nginx's gzip_static; return the count."""
    count = 0
    for path in sorted(site_dir.rglob("*")):
        if path.suffix in COMPRESSIBLE and path.is_file() and path.stat().st_size >= MIN_GZIP_BYTES:
            data = gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)
            path.with_name(path.name + ".gz").write_bytes(data)
            count += 1
    return count


def _replace(target: Path, new: Path) -> None:
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def assemble(sites: Sequence[Site], built: Path, tree: Path, *, share: bool = True) -> Path:
    """Merge ``built/<name>/`` folders into one tree: national at its root, regions below.

    Every site must be served under one public URL (see `plan` with `public_url`). With
    `share`, a region's assets identical to the national site's are kept once (see
    ``deploy.share``): 2.6 MB less per region.
    """
    base = next((site for site in sites if site.name == BASE), None)
    root_path = base.path if base else os.path.commonpath([s.path for s in sites]) + "/"
    tree.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{tree.name}.tmp-", dir=tree.parent))
    try:
        for site in sorted(sites, key=lambda s: s.path):
            source = built / site.name
            if not (source / "index.html").is_file():
                raise DeployError(f"{source} is not a built site: build '{site.name}' first.")
            relative = site.path[len(root_path) :]
            destination = tmp / relative
            if relative and destination.exists():
                raise DeployError(
                    f"'{site.name}' would be published at {site.site_url}, where the national "
                    "site already has a page or folder. Rename the region folder."
                )
            shutil.copytree(source, destination, dirs_exist_ok=True)
        if share and base is not None:
            for site in sites:
                if site.name != BASE:
                    share_assets(tmp, site.path[len(root_path) :], root_path)
        _replace(tree, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return tree
