from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class I18nConfig(Config):
    """Options of the ``sosialisasi/i18n`` plugin."""

    enabled = c.Type(bool, default=True)
    # One search index per language instead of static-i18n's merged one.
    split_search = c.Type(bool, default=True)
    # Absolute hreflang alternates (with x-default) in every page head.
    hreflang = c.Type(bool, default=True)
