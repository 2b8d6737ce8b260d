"""Languages of a bilingual site and the URLs that tie their pages together.

The default language lives at the site root; every other language lives under
``<locale>/``. These helpers turn that rule into absolute URLs (for hreflang
and canonical links) and page-relative ones (for switcher links that keep
working when the site is served from another path or from ``file://``).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Language:
    locale: str
    name: str
    default: bool = False

    @property
    def prefix(self) -> str:
        """Path of this language's root relative to the site root ('' or 'en/')."""
        return "" if self.default else f"{self.locale}/"


def absolute_url(site_url: str, site_path: str) -> str:
    """Join ``site_url`` and a site-relative path ('' is the home page)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return base + site_path.lstrip("/")


def site_relative(link: str, site_url: str) -> str:
    """Turn an absolute-path link ('/sub/en/') into a site-relative one ('en/').

    Links that are already relative, or that point elsewhere, are returned unchanged.
    """
    if "://" in link or not link.startswith("/"):
        return link
    root = urlsplit(site_url).path or "/"
    if not root.endswith("/"):
        root += "/"
    if link.startswith(root):
        return link[len(root) :]
    return link


def relative_url(from_page: str, to_page: str) -> str:
    """Relative link from one directory-style page URL to another ('' is the home page)."""
    start = posixpath.dirname("/" + from_page) if not from_page.endswith("/") else "/" + from_page
    target = "/" + to_page
    rel = posixpath.relpath(target, start)
    if to_page.endswith("/") or to_page == "":
        rel = rel.rstrip("/") + "/"
    return "./" if rel in (".", "./") else rel


def doc_path(doc: str) -> str:
    """Directory-style URL path of a page source: 'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/'.

    The address a page has online (use_directory_urls), whatever the build at hand
    uses: QR codes and exported links point at the published site.
    """
    path = doc[: -len(".md")] if doc.endswith(".md") else doc
    if path == "index" or path.endswith("/index"):
        return path[: -len("index")]
    return f"{path}/" if path else ""
