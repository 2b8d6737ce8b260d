from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class PwaConfig(Config):
    """Options of the ``sosialisasi/pwa`` plugin."""

    enabled = c.Type(bool, default=True)
    # The name under the icon on a phone's home screen (default: the site name, cut to 12).
    short_name = c.Type(str, default="")
    # Folders (language-relative) whose pages the service worker does not keep: the
    # booklet repeats every guidance page; its PDF is for forwarding, not reading offline.
    leave_out = c.ListOfItems(c.Type(str), default=["buklet/"])
