"""Which files a site may publish from its author folders, and why others are refused.

Everything under a content folder is published on the site's origin, where readers'
pledge and quiz progress live. So, in ``sosialisasi check`` and in every build:

- no symlink, device, FIFO or oversized file in the content, quiz and region folders
  (``sosialisasi.inputs``): a link to ``/proc/self/environ`` would publish the
  build's secrets, a linked folder can loop;
- static files pass an allowlist by type: pages (``.md``), images, documents, audio
  and video. HTML, scripts, styles and anything unknown are refused: they would run
  on the site's origin. SVG is an image that can hold script, so an SVG is published
  only when it holds none (no ``<script>``, no ``on…=`` handler, no
  ``<foreignObject>``, no link or resource other than ``#fragment`` or an embedded
  raster ``data:image``).

Findings carry the file (and the line, for an SVG) and say how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from xml.parsers import expat

from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.inputs import InputError, find_unsafe_files, read_author_bytes
from sosialisasi.site.layout import list_files

PAGES = frozenset({".md"})
IMAGES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".svg"})
DOCUMENTS = frozenset(
    {".pdf", ".txt", ".csv", ".odt", ".ods", ".odp", ".doc", ".docx", ".xls", ".xlsx"}
    | {".ppt", ".pptx"}
)
MEDIA = frozenset({".mp3", ".m4a", ".ogg", ".oga", ".mp4", ".webm", ".vtt"})
ALLOWED = PAGES | IMAGES | DOCUMENTS | MEDIA

_SVG_FORBIDDEN = frozenset({"script", "foreignobject", "iframe", "embed", "object", "handler"})
_SVG_LINKS = frozenset({"href", "src", "action", "formaction", "from", "to", "values"})
_SAFE_DATA = re.compile(r"^data:image/(png|jpeg|gif|webp|avif);base64,", re.IGNORECASE)
_CSS_URL = re.compile(r"url\s*\(|@import|expression\s*\(", re.IGNORECASE)


def content_file_problems(
    folders: Iterable[tuple[Path, Path]], static_folders: Iterable[Path]
) -> list[Diagnostic]:
    """Refused files under ``folders`` ((folder, root) pairs); types in ``static_folders``."""
    found: list[Diagnostic] = []
    seen: set[Path] = set()
    for folder, root in folders:
        for error in find_unsafe_files(folder, root=root):
            if error.file not in seen:
                seen.add(error.file)
                found.append(_refused("S101", error))
    for folder in static_folders:
        for path in _regular_files(folder):
            if path not in seen:
                found += static_file_problems(path, folder)
    return found


def static_file_problems(path: Path, root: Path) -> list[Diagnostic]:
    """Why ``path`` may not be published (type not allowed, SVG with script), or nothing."""
    suffix = path.suffix.lower()
    if suffix not in ALLOWED:
        kind = "a web page or script" if suffix in {".html", ".htm", ".xhtml", ".js"} else ""
        return [
            Diagnostic(
                "S102",
                Severity.ERROR,
                f"the file type '{suffix or path.name}' is not published"
                + (f": {kind} would run on the site's own address" if kind else ""),
                file=path,
                hint="content folders hold pages (.md), images, documents (.pdf, .docx, …), "
                "audio and video; write a page as Markdown, or save the document as PDF",
            )
        ]
    if suffix == ".svg":
        try:
            data = read_author_bytes(path, root=root)
        except InputError as error:
            return [_refused("S101", error)]
        problem = svg_problem(data)
        if problem:
            line, what = problem
            return [
                Diagnostic(
                    "S103",
                    Severity.ERROR,
                    f"the SVG image holds {what}, which would run or load on the site",
                    file=path,
                    line=line,
                    hint="export the image again without scripts or links (or as PNG)",
                )
            ]
    return []


def svg_problem(data: bytes) -> tuple[int, str] | None:
    """(line, what) when the SVG holds script, a handler or an outside resource."""
    parser = expat.ParserCreate(namespace_separator="}")
    found: list[tuple[int, str]] = []
    in_style: list[bool] = []

    def refuse(what: str) -> None:
        if not found:
            found.append((parser.CurrentLineNumber, what))

    def start(name: str, attributes: dict[str, str]) -> None:
        tag = _local(name).lower()
        in_style.append(tag == "style")
        if tag in _SVG_FORBIDDEN:
            refuse(f"a <{tag}> element")
        for key, value in attributes.items():
            attribute = _local(key).lower()
            if attribute.startswith("on"):
                refuse(f"an event handler ({attribute}=)")
            elif attribute == "style" and _CSS_URL.search(value):
                refuse("a style that loads a resource")
            elif attribute == "attributename" and value.lower().endswith("href"):
                refuse("an animation of a link")
            elif attribute in _SVG_LINKS and _is_link(attribute, value):
                refuse(f"a link or resource ({attribute}={value[:40]!r})")

    def text(data: str) -> None:
        if in_style and in_style[-1] and _CSS_URL.search(data):
            refuse("a style sheet that loads a resource")

    def entity(*_args: object) -> None:
        refuse("an entity declaration")

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda name: in_style.pop() if in_style else None
    parser.CharacterDataHandler = text
    parser.EntityDeclHandler = entity
    parser.ExternalEntityRefHandler = lambda *args: 0  # never fetch outside entities
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        return found[0] if found else (error.lineno, "text that is not well-formed XML")
    return found[0] if found else None


def _is_link(attribute: str, value: str) -> bool:
    stripped = value.strip()
    if attribute in {"from", "to", "values"}:
        return ":" in stripped  # an animated value that is a URL (javascript:…)
    return not (stripped.startswith("#") or _SAFE_DATA.match(stripped))


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _regular_files(folder: Path) -> list[Path]:
    return [folder / name for name in list_files(folder)]


def _refused(code: str, error: InputError) -> Diagnostic:
    return Diagnostic(
        code, Severity.ERROR, error.reason, file=error.file, line=error.line, hint=error.hint
    )


def site_file_problems(config_path: Path, quizzes_dir: str = "quizzes") -> list[Diagnostic]:
    """Refused files of the site at ``config_path`` (a region: its own and its base's)."""
    from sosialisasi.quiz.folders import quiz_folders
    from sosialisasi.site.layout import site_layout

    layout = site_layout(config_path)
    root, base_root = layout.config_path.parent, layout.base_config_path.parent
    quizzes = quiz_folders(layout.config_path, quizzes_dir).quizzes_dirs
    folders = [(layout.docs_dir, root), (quizzes[0], root)]
    static = [layout.docs_dir]
    if layout.is_region:
        folders += [(root, root), (layout.base_docs_dir, base_root), (quizzes[-1], base_root)]
        static.append(layout.base_docs_dir)
    return content_file_problems(folders, static)
