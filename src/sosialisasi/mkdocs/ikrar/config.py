from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class IkrarConfig(Config):
    """Options of the ``sosialisasi/ikrar`` plugin."""

    enabled = c.Type(bool, default=True)
    # Frontmatter key that makes a page the pledge page (``ikrar: true``).
    meta_key = c.Type(str, default="ikrar")
