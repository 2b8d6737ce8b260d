from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class RegionConfig(Config):
    """Options of the ``sosialisasi/region`` plugin.

    A region usually sets ``extra.region_file`` in its own mkdocs.yml instead of
    ``region_file`` here: ``extra`` is merged by MkDocs' INHERIT, while the
    ``plugins`` list would have to be copied whole into every region.
    """

    enabled = c.Type(bool, default=True)
    # Path of the region's data file, relative to the mkdocs.yml being built.
    region_file = c.Optional(c.Type(str))
    # Where the region's own pages go in the nav (0 = first; the default follows the home page).
    nav_position = c.Type(int, default=1)
