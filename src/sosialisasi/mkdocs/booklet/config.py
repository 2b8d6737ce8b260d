from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BookletConfig(Config):
    """Options of the ``sosialisasi/booklet`` plugin."""

    enabled = c.Type(bool, default=True)
    # Pages whose address starts with one of these (without the language prefix) are the
    # guidance, in nav order: the national guide and a region's own pages.
    include = c.ListOfItems(c.Type(str), default=["materi/", "daerah/"])
    # Where the booklet page goes, per language: buklet/ and en/buklet/.
    folder = c.Type(str, default="buklet")
    # Name of the PDF `sosialisasi pdf` makes beside it; empty: from the site name.
    pdf_name = c.Type(str, default="")
    # A link to the booklet (and its PDF, once made) at the end of each home page.
    home_link = c.Type(bool, default=True)
