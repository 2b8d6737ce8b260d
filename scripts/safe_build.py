"""Strict MkDocs build that replaces the site directory only when it succeeded.

A failed build (a content error under --strict) leaves the previous site intact,
so a broken edit never takes a working site down.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sosialisasi.outputs import OutputError


def checked_site_folder(site: Path, config: Path) -> Path:
    """The site folder, checked against the config's project and the one it INHERITs."""
    from sosialisasi.outputs import check_site_folder
    from sosialisasi.project import inherit_chain

    roots = {config.resolve().parent, Path.cwd()}
    # An unreadable config fails the build below, with its own message.
    with contextlib.suppress(Exception):
        roots |= {path.parent for path in inherit_chain(config.resolve())}
    for root in roots:
        check_site_folder(site, project_root=root)
    return Path(os.path.abspath(site))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", default="mkdocs.yml")
    parser.add_argument("--site-dir", default="site")
    args = parser.parse_args()
    try:  # never the checkout, a folder around it, a source folder or a non-site folder
        site = checked_site_folder(Path(args.site_dir), Path(args.config))
    except OutputError as error:
        print(f"make build: {error}", file=sys.stderr)
        return 2
    site.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"{site.name}.tmp-", dir=site.parent))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", args.config]
    result = subprocess.run([*command, "--site-dir", str(tmp)], env=env, check=False)
    if result.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"Build failed: {site} was left as it was.", file=sys.stderr)
        return result.returncode
    old = Path(tempfile.mkdtemp(prefix=f"{site.name}.old-", dir=site.parent))  # ours alone
    if site.exists():
        old.rmdir()
        site.rename(old)
    tmp.rename(site)
    shutil.rmtree(old, ignore_errors=True)
    print(f"Site written to {site}")
    warn_example_address(Path(args.config))
    return 0


def warn_example_address(config: Path) -> None:
    """Once per build: QR codes and handouts carry site_url; say if it leads nowhere."""
    from sosialisasi.address import build_warning
    from sosialisasi.project import Project

    warning = build_warning(Project.load(config).config.get("site_url"))
    if warning:
        print(warning, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
