"""The site's public address (``site_url``), and whether it is still the example one.

QR codes, printed handouts and the offline start page carry ``site_url``. The kit ships
``https://netralitas.example.org/`` (a reserved example host, RFC 2606) so that a fresh
clone builds; a site built with it prints addresses that lead nowhere. Builds warn
once (``safe_build``, ``sosialisasi bundle``), and the pages that carry the address
say so visibly.
"""

from __future__ import annotations

from urllib.parse import urlsplit

EXAMPLE_HOSTS = ("example.org", "example.com", "example.net", "example")

NOTES = {
    "id": "Alamat contoh: alamat ini belum menuju situs Anda. Bangun situs dengan "
    "SITE_URL=https://alamat-situs-anda/ sebelum menayangkan atau mencetak.",
    "en": "Example address: it does not lead to your site yet. Build with "
    "SITE_URL=https://your-site-address/ before projecting or printing.",
}


def is_example(url: str | None) -> bool:
    """No address, or one on a reserved example host: it leads to no real site."""
    host = urlsplit(url or "").hostname or ""
    return not host or any(host == name or host.endswith("." + name) for name in EXAMPLE_HOSTS)


def example_note(locale: str) -> str:
    """The visible note beside an example address, in the reader's language."""
    return NOTES.get(locale, NOTES["en"])


def build_warning(url: str | None) -> str | None:
    """The one warning line for a build whose address is an example, else None."""
    if not is_example(url):
        return None
    shown = url or "(none)"
    return (
        f"Warning: site_url is {shown}, an example address. QR codes, printed handouts and "
        "the offline start page will carry it, and it leads nowhere (they say so on the "
        "page). Set the real address, e.g. SITE_URL=https://netralitas.pemda.go.id/ "
        "make build (or make bundle)."
    )
