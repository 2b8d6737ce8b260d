"""The one function through which the site model reads an author's file.

Every page and every quiz bank of a site is read here, once per build (the
catalog, the checks, the region audit and the plugins share what it returned).
Keeping the read in one place is what lets a test count reads, and what lets
every read follow the same safety contract: ``sosialisasi.inputs`` (no symlink,
no device or FIFO, a size limit, UTF-8).
"""

from __future__ import annotations

from pathlib import Path

from sosialisasi.inputs import read_author_text


def read_text(path: Path, root: Path | None = None) -> str:
    """The text of ``path`` as MkDocs reads it (UTF-8, a leading BOM dropped).

    Raises ``sosialisasi.inputs.InputError`` (file, reason, hint, line); callers turn it
    into findings. ``root`` (default: the file's folder): links are refused in every
    folder between it and the file.
    """
    return read_author_text(path, root=root or path.parent)
