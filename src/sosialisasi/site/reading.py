"""The one function through which the site model reads an author's file.

Every page and every quiz bank of a site is read here, once per build (the
catalog, the checks, the region audit and the plugins share what it returned).
Keeping the read in one place is what lets a test count reads, and what lets
every read follow the same safety contract.
"""

from __future__ import annotations

from pathlib import Path


def read_text(path: Path) -> str:
    """The text of ``path`` as MkDocs reads it (UTF-8, a leading BOM dropped).

    Raises ``OSError`` or ``UnicodeDecodeError``; callers turn those into findings.
    """
    return path.read_text(encoding="utf-8-sig")
