"""Where the kit may write: outputs never replace a device, a folder, the repository or its
sources, and files are written with normal permissions.

``make build SITE=.`` once meant "rename the checkout away and delete it"; ``export -o
/dev/sda`` (as root) meant "replace the disk's node". So every command that writes asks
here first:

- ``check_output_file(path, *, project_root)``: a file may be created, or may replace a
  regular file that is not one of the site's sources (config, pages, banks, region
  files, theme, code). Never a device, FIFO, folder or symlink.
- ``check_site_folder(path, *, project_root)``: a built-site folder may be created, or
  may replace a folder that holds a previous build (``index.html`` and a sitemap).
  Never the repository, a folder around it, a source folder, or any other folder.
- ``write_text_file(path, text)``: written whole through a temporary file in the same
  folder, then given the permissions a new file gets (0644 under the usual umask),
  not ``mkstemp``'s 0600.

Errors are ``OutputError`` with one line that says what to choose instead.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

# Folders (under the project) whose contents are sources, never outputs.
SOURCE_FOLDERS = ("content", "docs", "quizzes", "regions", "overrides", "src", "scripts", "tests")
SOURCE_FILES = frozenset({"mkdocs.yml", "pyproject.toml", "Makefile", "README.md"})


class OutputError(Exception):
    """An output path the kit refuses to write."""


def _absolute(path: Path | str) -> Path:
    return Path(os.path.abspath(os.fspath(path)))


def _protected(project_root: Path | str) -> list[Path]:
    root = _absolute(project_root)
    return [root / ".git", *(root / name for name in SOURCE_FOLDERS)]


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output_file(path: Path | str, *, project_root: Path | str) -> Path:
    """``path`` as an absolute path, if the kit may write a file there; else OutputError."""
    target = _absolute(path)
    root = _absolute(project_root)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = (
            "a symbolic link"
            if stat.S_ISLNK(info.st_mode)
            else ("a folder" if stat.S_ISDIR(info.st_mode) else "a device, FIFO or socket")
        )
        raise OutputError(f"{target} is {kind}; write to a new or an ordinary file instead.")
    if not target.parent.is_dir():
        raise OutputError(f"{target.parent}: no such folder.")
    if (target.parent == root and target.name in SOURCE_FILES) or any(
        _inside(target, folder) for folder in _protected(root)
    ):
        raise OutputError(
            f"{target} is in the site's sources; write the output outside them "
            "(e.g. in the project folder itself or in /tmp)."
        )
    return target


def check_site_folder(path: Path | str, *, project_root: Path | str) -> Path:
    """``path`` as an absolute path, if a built site may be put there; else OutputError."""
    target = _absolute(path)
    root = _absolute(project_root)
    real = Path(os.path.realpath(target))
    for candidate in {target, real}:
        if _inside(root, candidate):
            raise OutputError(
                f"{target} is the project folder or a folder around it; building there would "
                "delete the sources. Use a new folder such as 'site'."
            )
        for folder in _protected(root):
            if _inside(candidate, folder) or _inside(folder, candidate):
                raise OutputError(
                    f"{target} is a source folder ({folder.name}); use a new folder such as 'site'."
                )
    if os.path.lexists(target):
        if target.is_symlink() or not target.is_dir():
            raise OutputError(f"{target} exists and is not a folder; choose another path.")
        if any(target.iterdir()) and not (
            (target / "index.html").is_file()
            and ((target / "sitemap.xml").is_file() or (target / "sitemap.xml.gz").is_file())
        ):
            raise OutputError(
                f"{target} holds files that are not a built site; the build would delete them. "
                "Choose an empty or new folder."
            )
    return target


def write_text_file(path: Path, text: str) -> None:
    """Write ``text`` whole (never half a file), with a new file's normal permissions."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
