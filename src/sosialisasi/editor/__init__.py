"""The /admin/ editor of a region's site (Decap CMS), configured from the region model.

Engine-free: `settings` reads the ``extra.editor`` block, `fields` turns the region
model into form fields, `decap` assembles the CMS configuration and its CSP, and
`admin` writes the /admin/ folder. The MkDocs plugin (``sosialisasi/editor``) is a
thin adapter over these.
"""
