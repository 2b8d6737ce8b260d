"""HTTP security headers the built site is tested to work under.

One source of truth: the generated nginx snippets, the hosting guide and the
browser tests all read these values, so what the guide tells a host to send is
exactly what the tests proved the site satisfies.
"""

from __future__ import annotations

# No inline script or style anywhere in the site (Material's inline scripts are
# replaced by files in overrides/), so nothing needs 'unsafe-inline' or a hash.
CSP_DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    # Material draws its icons as data: SVG images in CSS.
    ("img-src", "'self' data:"),
    # Self-hosted web fonts only (the theme uses system fonts: font: false).
    ("font-src", "'self'"),
    # Search fetches its index; the search worker is a file of the site.
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    # The web app manifest of each language (installable on Android: sosialisasi/pwa).
    ("manifest-src", "'self'"),
    ("form-action", "'self'"),
    ("base-uri", "'none'"),
    ("frame-ancestors", "'none'"),
)

CONTENT_SECURITY_POLICY = "; ".join(f"{name} {value}" for name, value in CSP_DIRECTIVES)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # Readers' paths through the guidance are nobody else's business.
    "Referrer-Policy": "no-referrer",
    # camera=(self): only the trainer's presentation page asks for it (Kumpulkan hasil reads
    # the participants' result codes on the laptop); other hosts' frames never get it.
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(), payment=(), usb=()",
    # For browsers without CSP frame-ancestors.
    "X-Frame-Options": "DENY",
}


def admin_headers(admin_csp: str) -> dict[str, str]:
    """The headers of the /admin/ editor: the site's, with the editor's own CSP.

    Only /admin/ gets it (the CMS bundle needs eval and inline styles and talks to the
    Git host); every other page keeps the strict policy above.
    """
    return {**SECURITY_HEADERS, "Content-Security-Policy": admin_csp}
