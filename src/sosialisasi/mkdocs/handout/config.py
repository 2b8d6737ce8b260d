from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class HandoutConfig(Config):
    """Options of the ``sosialisasi/handout`` plugin."""

    enabled = c.Type(bool, default=True)
    # Frontmatter key that makes a page a one-sheet handout (``handout: true``).
    meta_key = c.Type(str, default="handout")
