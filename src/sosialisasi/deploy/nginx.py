"""An nginx ``location`` block that serves one built site the way it was tested.

It serves the site under its URL path, each language's own 404 page, gzip (on the
fly, or the precompressed ``.gz`` files of ``--gzip``), a year of caching for
Material's hashed assets and revalidation for everything else, and the security
headers of :mod:`sosialisasi.deploy.headers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sosialisasi.deploy.headers import SECURITY_HEADERS, admin_headers
from sosialisasi.site.languages import Language

GZIP_TYPES = (
    "text/css application/javascript text/javascript application/json "
    "image/svg+xml application/xml text/xml text/plain"
)
# Material names its bundles <name>.<8 hex digits>.min.js|css: new content, new name.
HASHED_ASSET = r"\.[0-9a-f]{8}\.min\.(?:js|css)$"


# One URL path component nginx can take as written: no space, quote, brace, semicolon,
# '$' (nginx variables), '%' (nginx matches the decoded path) or '..'.
_COMPONENT = re.compile(r"^[A-Za-z0-9._~-]+$")


def url_path_problem(path: str) -> str | None:
    """Why ``path`` ('/' or '/a/b/') cannot go into an nginx location, or None.

    Checked component by component: a site_url from a region's own mkdocs.yml must
    not be able to add nginx directives or produce a config nginx refuses.
    """
    if not (path.startswith("/") and path.endswith("/")):
        return f"the path {path!r} must start and end with '/'"
    for component in path[1:-1].split("/") if path != "/" else []:
        if component in ("", ".", ".."):
            return f"the path {path!r} has an empty, '.' or '..' part"
        if not _COMPONENT.match(component):
            return (
                f"the path part {component!r} may only use letters, digits and . _ ~ - "
                "(no spaces, quotes, braces, ';', '$' or '%')"
            )
    return None


def location_block(
    path: str, languages: Sequence[Language], comment: str = "", admin_csp: str = ""
) -> str:
    """nginx config for the site served at URL `path` ('/' or '/sub/'), to include in a server.

    With `admin_csp` (a site built with the /admin/ editor) ``{path}admin/`` gets the
    editor's own policy; nginx drops inherited add_header lines in a location that has
    its own, so that location repeats every header.
    """
    for where in (path, *(f"{path}{lang.prefix}" for lang in languages if lang.prefix)):
        problem = url_path_problem(where)
        if problem:
            raise ValueError(problem)
    lines = [f"# {line}" if line else "#" for line in _comment_lines(comment)]
    lines += [
        f"location {path} {{",
        "    index index.html;",
        "    # Redirects (/en -> /en/) keep the address the reader used.",
        "    absolute_redirect off;",
        f"    error_page 404 {path}404.html;",
        "",
        "    gzip on;",
        "    gzip_static on;",
        "    gzip_vary on;",
        f"    gzip_types {GZIP_TYPES};",
        "",
        "    # Pages, search index and unversioned files: revalidate on every visit.",
        "    expires -1;",
    ]
    lines += [
        f'    add_header {name} "{value}" always;' for name, value in SECURITY_HEADERS.items()
    ]
    lines += [
        "",
        "    # Material's versioned bundles: cache for a year (their name changes with them).",
        f'    location ~ "{HASHED_ASSET}" {{',
        "        expires max;",
        "    }",
    ]
    if admin_csp:
        lines += [
            "",
            "    # The browser editor: its own CSP (the CMS needs eval and inline styles).",
            f"    location {path}admin/ {{",
        ]
        lines += [
            f'        add_header {name} "{value}" always;'
            for name, value in admin_headers(admin_csp).items()
        ]
        lines.append("    }")
    for lang in languages:
        if lang.prefix:
            lines += [
                "",
                f"    # Missing pages under {path}{lang.prefix} get the {lang.locale} 404 page.",
                f"    location {path}{lang.prefix} {{",
                f"        error_page 404 {path}{lang.prefix}404.html;",
                "    }",
            ]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _comment_lines(comment: str) -> list[str]:
    """Comment lines with no character that ends a line or a directive for nginx."""
    return [re.sub(r"[\x00-\x1f\x7f]", " ", line) for line in comment.splitlines()]
