from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class EditorConfig(Config):
    """Options of the ``sosialisasi/editor`` plugin.

    The editor itself is switched on per site by an ``extra.editor`` block in that
    site's mkdocs.yml (merged by MkDocs' INHERIT, so a region never copies the base
    ``plugins:`` list): backend, repo, branch, … (see `sosialisasi.editor.settings`).
    """

    enabled = c.Type(bool, default=True)
    # Folder of the editor under the site, as served (/admin/ for every site).
    folder = c.Type(str, default="admin")
