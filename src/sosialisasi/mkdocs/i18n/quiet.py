"""Keeps static-i18n's notes about an intended configuration out of the build log.

static-i18n logs, in every build, lines a newcomer reads as problems although they
describe exactly what this kit configures: "Overriding 'en' config 'site_name' …"
(the English title comes from the i18n settings), "Language 'id' is not supported by
lunr.js" (search has no Indonesian stemmer; sosialisasi splits the index per language)
and, in the offline build, "'extra.alternate' … should be an absolute path" (offline
links end in index.html on purpose). They are held back, and one line says why.
"""

from __future__ import annotations

import logging
import re

LOGGER = "mkdocs.plugins.mkdocs_static_i18n.reconfigure"
EXPECTED = re.compile(
    r"^(?:mkdocs_static_i18n: )?(Overriding '[\w-]+' config "
    r"|Language '[\w-]+' is not supported by lunr\.js"
    r"|The 'extra\.alternate' configuration contains a 'link' option that should be)"
)
EXPLANATION = (
    "static-i18n's notes on settings this site intends (English titles from the i18n "
    "config, no lunr stemmer for Indonesian, offline links to index.html) are not shown."
)


class ExpectedNotes(logging.Filter):
    """Drops the expected notes at INFO level or below; counts them."""

    def __init__(self) -> None:
        super().__init__()
        self.held = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno <= logging.INFO and EXPECTED.match(record.getMessage()):
            self.held += 1
            return False
        return True


def install() -> ExpectedNotes:
    """The filter on static-i18n's logger, added once per process."""
    logger = logging.getLogger(LOGGER)
    for existing in logger.filters:
        if isinstance(existing, ExpectedNotes):
            return existing
    notes = ExpectedNotes()
    logger.addFilter(notes)
    return notes
