from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class OfflineConfig(Config):
    """Options of the ``sosialisasi/offline`` plugin."""

    enabled = c.Type(bool, default=True)
