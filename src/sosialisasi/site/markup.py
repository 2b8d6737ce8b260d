"""Material's markup made valid HTML, and its generator tag without version numbers.

The Nu Html Checker (vnu, the W3C validator) reports 5 errors on every Material page,
all from Material's own templates: ``autocomplete`` on the two hidden checkbox toggles
(``__drawer``, ``__search``; kept upstream as a Firefox workaround, squidfunk/
mkdocs-material#1513) and ``tabindex=""`` on section labels of the navigation
(``partials/nav-item.html``). The toggles sit outside every template block, and a copy
of ``base.html`` in ``overrides/`` would pin Material's hashed asset names (a newer
Material would load a missing script), so the built HTML is corrected instead:

* ``autocomplete`` is dropped from ``<input class="md-toggle" type="checkbox">``;
* an empty ``tabindex=""`` is dropped (an element without it is not focusable, which is
  what the empty value meant for the section labels);
* ``<meta name="generator">`` keeps the generators' names, not their versions (no
  version hints for anyone scanning for vulnerable sites).

Pure text in, text out: no engine import, so a successor engine's pages can pass too.
"""

from __future__ import annotations

import re

_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*?type="checkbox"[^>]*?) autocomplete="off"')
_EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?) tabindex=""')
_GENERATOR = re.compile(r'<meta name="generator" content="([^"]*)">')
# A version after a name: "mkdocs-1.6.1", "mkdocs-material-9.8.2", "ProperDocs 1.6.7".
_VERSION = re.compile(r"[- ]v?\d+(?:\.\d+)+\S*")


def _generator(match: re.Match[str]) -> str:
    names = [_VERSION.sub("", part.strip()) for part in match.group(1).split(",")]
    return f'<meta name="generator" content="{", ".join(n for n in names if n)}">'


def valid_material_markup(html: str) -> str:
    """`html` with Material's validator errors removed and its generator versions hidden."""
    html = _TOGGLE.sub(r"\1", html)
    html = _EMPTY_TABINDEX.sub(r"\1", html)
    return _GENERATOR.sub(_generator, html)
