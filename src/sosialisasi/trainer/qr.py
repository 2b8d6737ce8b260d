"""QR codes as inline SVG, made at build time with segno: no network, no image files.

The SVG has a viewBox and no size, so CSS sizes it; crisp edges keep every module
sharp on a projector. Error correction M survives a little glare or a crease on a
printed sheet, and the quiet zone (4 modules) is what phone cameras need.
"""

from __future__ import annotations

import functools
import io

import segno
from markupsafe import Markup, escape


@functools.lru_cache(maxsize=256)
def _code(url: str) -> segno.QRCode:
    """The code of ``url``, made once: a build draws each bank's code for several pages."""
    return segno.make(url, error="m", micro=False)


def qr_svg(url: str, *, label: str, dom_id: str = "tp-qr") -> Markup:
    """An accessible SVG QR code of ``url`` (role img, named by ``label``)."""
    code = _code(url)
    svg = code.svg_inline(
        scale=1,
        border=4,
        dark="#000",
        light="#fff",
        omitsize=True,
        svgclass="tp-qr-code",
        svgid=dom_id,
        title=label,
    )
    svg = svg.replace(
        "<svg ",
        f'<svg role="img" aria-labelledby="{escape(dom_id)}-t" shape-rendering="crispEdges" ',
        1,
    ).replace("<title>", f'<title id="{escape(dom_id)}-t">', 1)
    return Markup(svg)


def qr_svg_file(url: str) -> str:
    """A standalone SVG file of the same code, for a trainer's slides or handouts."""
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="svg", scale=10, border=4, dark="#000", light="#fff", title=url)
    return buffer.getvalue().decode("utf-8")
