"""The one safe way to read a file an author, a region or a fork wrote.

Readers do not trust a regional fork (see SECURITY.md), so every author file is
read through this module, in ``sosialisasi check`` and in the build alike:

- ``read_author_text(path, *, root, limit=MAX_TEXT_BYTES) -> str`` (UTF-8, a BOM is
  dropped) and ``read_author_bytes(path, *, root, limit=MAX_FILE_BYTES) -> bytes``;
- ``check_author_file(path, *, root, limit=MAX_FILE_BYTES) -> None`` for files the
  kit does not read but publishes (static files MkDocs copies);
- ``find_unsafe_files(folder, *, root, limit=MAX_FILE_BYTES) -> list[InputError]``:
  every symlink, device, FIFO or oversized file under a content folder, without
  following links.

Each refuses, with ``InputError`` (``file``, ``reason``, ``hint``, ``line`` or None;
``str()`` is one line an author can act on):

- a **symlink** anywhere under ``root`` (the file itself or any folder between
  ``root`` and it): a link to ``/proc/self/environ`` or ``~/.ssh`` would otherwise be
  read or published, and a linked folder can loop. ``root`` is the project folder
  (where mkdocs.yml is); outside it only the file itself is checked;
- anything that is **not a regular file** (``/dev/zero``, a FIFO, a folder): such a
  file never ends or blocks the build;
- a file **larger than ``limit``** bytes: read at most ``limit + 1`` bytes, so a huge
  file costs no memory;
- for text, bytes that are **not UTF-8**.

The file is opened with ``O_NOFOLLOW`` and checked with ``fstat`` on the open
descriptor, so a link swapped in between the check and the read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Far above any real page, bank or region file (the largest page is about 40 kB).
MAX_TEXT_BYTES = 2 * 1024 * 1024
# Far above any real static file (a scanned circular as PDF is a few MB).
MAX_FILE_BYTES = 50 * 1024 * 1024

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


class InputError(Exception):
    """An author file the kit refuses to read or publish, and why."""

    def __init__(
        self, file: Path | str, reason: str, hint: str = "", line: int | None = None
    ) -> None:
        self.file = Path(file)
        self.reason = reason
        self.hint = hint
        self.line = line
        where = f"{self.file}:{line}" if line else str(self.file)
        super().__init__(f"{where}: {reason}" + (f" ({hint})" if hint else ""))


def read_author_text(path: Path | str, *, root: Path | str, limit: int = MAX_TEXT_BYTES) -> str:
    """The text of ``path`` (UTF-8, BOM dropped), or ``InputError``."""
    data = read_author_bytes(path, root=root, limit=limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            path,
            f"the file is not UTF-8 text ({error.reason})",
            "save it as UTF-8, the default of most editors",
            line,
        ) from None


def read_author_bytes(path: Path | str, *, root: Path | str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, or ``InputError`` (symlink, not a regular file, too large)."""
    path = _absolute(path)
    _refuse_links(path, root)
    try:
        handle = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError as error:
        raise _os_error(path, error) from None
    try:
        _refuse_kind(path, os.fstat(handle), limit)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        data = b"".join(chunks)
    except OSError as error:
        raise _os_error(path, error) from None
    finally:
        os.close(handle)
    if len(data) > limit:
        raise _too_large(path, limit)
    return data


def check_author_file(path: Path | str, *, root: Path | str, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse ``path`` as ``read_author_bytes`` would, without reading it."""
    path = _absolute(path)
    _refuse_links(path, root)
    try:
        info = os.lstat(path)
    except OSError as error:
        raise _os_error(path, error) from None
    _refuse_kind(path, info, limit)


def find_unsafe_files(
    folder: Path | str, *, root: Path | str, limit: int = MAX_FILE_BYTES
) -> list[InputError]:
    """Every file under ``folder`` the kit would refuse, found without following links."""
    folder = _absolute(folder)
    found: list[InputError] = []
    if not folder.is_dir():
        return found
    try:
        _refuse_links(folder, root)
    except InputError as error:
        return [error]
    for current, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames.sort()
        for name in [*dirnames, *sorted(filenames)]:
            if name.startswith("."):
                continue  # MkDocs skips dot files and folders
            path = Path(current) / name
            try:
                info = os.lstat(path)
                if not stat.S_ISDIR(info.st_mode):  # links to folders too: not followed
                    _refuse_kind(path, info, limit)
            except InputError as error:
                found.append(error)
            except OSError as error:
                found.append(_os_error(path, error))
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
    return found


def _absolute(path: Path | str) -> Path:
    """Absolute and normalised (``..`` removed) without resolving links."""
    return Path(os.path.abspath(os.fspath(path)))


def _refuse_links(path: Path, root: Path | str) -> None:
    """A symlink in ``path`` itself or in any folder between ``root`` and it."""
    parts = _components_under(path, root)
    for component in parts:
        try:
            info = os.lstat(component)
        except OSError:
            return  # the open reports the missing file
        if stat.S_ISLNK(info.st_mode):
            raise _link(component, path)


def _components_under(path: Path, root: Path | str) -> list[Path]:
    for base in (_absolute(root), Path(os.path.realpath(root))):
        try:
            relative = path.relative_to(base)
        except ValueError:
            continue
        current, parts = base, []
        for name in relative.parts:
            current = current / name
            parts.append(current)
        return parts
    return [path]


def _refuse_kind(path: Path, info: os.stat_result, limit: int) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise _link(path)
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, FIFO or socket"
        raise InputError(
            path,
            f"the path is {kind}, not a regular file",
            "put the file itself here",
        )
    if info.st_size > limit:
        raise _too_large(path, limit)


def _link(link: Path, path: Path | None = None) -> InputError:
    where = "" if path is None or path == link else f" (in the path of {path})"
    return InputError(
        link,
        f"this is a symbolic link{where}; the kit never follows links in author folders",
        "copy the file itself into the folder instead of linking to it",
    )


def _too_large(path: Path, limit: int) -> InputError:
    return InputError(
        path,
        f"the file is larger than the limit of {limit:,} bytes",
        "split it into smaller files, or compress the image or document",
    )


def _os_error(path: Path, error: OSError) -> InputError:
    import errno

    if error.errno == errno.ELOOP:
        return _link(path)
    return InputError(path, f"the file cannot be read ({error.strerror})")
