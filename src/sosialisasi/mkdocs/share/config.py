from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from sosialisasi.share.card import CACHE_DIR, CARDS_DIR


class ShareConfig(Config):
    """Options of the ``sosialisasi/share`` plugin."""

    enabled = c.Type(bool, default=True)
    # Draw a preview image (1200×630 PNG) per page; off: tags without an image.
    cards = c.Type(bool, default=True)
    # Where the images go in the site, and where unchanged ones are kept between builds
    # (relative to the folder of mkdocs.yml).
    cards_dir = c.Type(str, default=CARDS_DIR)
    cache_dir = c.Type(str, default=CACHE_DIR)
