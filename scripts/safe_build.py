"""Strict MkDocs build that replaces the site directory only when it succeeded.

A failed build (a content error under --strict) leaves the previous site intact,
so a broken edit never takes a working site down.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", default="mkdocs.yml")
    parser.add_argument("--site-dir", default="site")
    args = parser.parse_args()
    site = Path(args.site_dir).resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"{site.name}.tmp-", dir=site.parent))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", args.config]
    result = subprocess.run([*command, "--site-dir", str(tmp)], env=env, check=False)
    if result.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"Build failed: {site} was left as it was.", file=sys.stderr)
        return result.returncode
    old = site.with_name(f"{site.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
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
