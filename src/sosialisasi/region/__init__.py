"""Regional forks: typed region data, page templating over it, and the content overlay.

Engine-free: the MkDocs adapter lives in ``sosialisasi.mkdocs.region``.
"""
