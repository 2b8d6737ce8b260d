"""Link previews: Open Graph / Twitter card tags and the preview image of every page.

Engine-free: the MkDocs adapter (``sosialisasi.mkdocs.share``) hands in plain values.
"""
