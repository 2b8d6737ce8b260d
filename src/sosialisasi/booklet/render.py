"""The booklet as one standalone HTML page: cover, table of contents, one section per
guidance page, each starting on a new A4 sheet. Only the booklet's own stylesheet: the
PDF made from it stays small enough to forward on WhatsApp."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from sosialisasi.booklet.assemble import Booklet, text_for


@dataclass(frozen=True)
class BookletLinks:
    stylesheet: str  # relative to the booklet page
    home: str
    online_url: str  # absolute address of the booklet page ('' without site_url)
    pdf: str  # relative link to the PDF: a link only once `sosialisasi pdf` made the file
    alternates: tuple[tuple[str, str, str], ...] = ()  # (locale, name, relative href)


def render_booklet(
    booklet: Booklet,
    *,
    locale: str,
    site_name: str,
    description: str,
    region: str,
    links: BookletLinks,
    head_tags: Sequence[tuple[str, str, str]] = (),
) -> str:
    """The booklet page; `head_tags` are (attribute, name, content) of <meta> tags, e.g.
    the link-preview tags of sosialisasi.share."""
    e = html.escape
    words = text_for(locale)
    toc = "\n".join(
        f'<li><a href="#{e(anchor)}">{e(title)}</a></li>' for anchor, title in booklet.toc
    )
    reviewed = ""
    if booklet.last_reviewed:
        line = words.reviewed_all.format(date=booklet.last_reviewed)
        reviewed = f'<p class="booklet-reviewed">{e(line)}</p>'

    online = (
        f'<p class="booklet-online">{e(words.online.format(url=links.online_url))}</p>'
        if links.online_url
        else ""
    )
    alternates = "".join(
        f'<li><a href="{e(href)}" hreflang="{e(loc)}" lang="{e(loc)}">{e(name)}</a></li>'
        for loc, name, href in links.alternates
    )
    sections = "\n".join(booklet.sections)
    meta = "".join(
        f'<meta {attr}="{e(name)}" content="{e(content)}">\n' for attr, name, content in head_tags
    )
    return f"""<!doctype html>
<html lang="{e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(words.title)} · {e(site_name)}</title>
{f'<meta name="description" content="{e(description)}">' if description else ""}
{meta}<link rel="stylesheet" href="{e(links.stylesheet)}">
</head>
<body class="booklet">
<nav class="booklet-bar" aria-label="{e(site_name)}">
<ul>
<li><a href="{e(links.home)}">{e(site_name)}</a></li>
<li data-booklet-pdf hidden><span data-href="{e(links.pdf)}">{e(words.pdf)}</span></li>
{alternates}
</ul>
</nav>
<main>
<header class="booklet-cover">
{f'<p class="booklet-region">{e(region)}</p>' if region else ""}
<h1 class="booklet-title">{e(site_name)}</h1>
{f'<p class="booklet-desc">{e(description)}</p>' if description else ""}
{reviewed}
{online}
</header>
<nav class="booklet-toc" aria-labelledby="booklet-toc-title">
<h2 id="booklet-toc-title">{e(words.contents)}</h2>
<ol>
{toc}
</ol>
</nav>
{sections}
</main>
</body>
</html>
"""
