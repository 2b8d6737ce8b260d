"""The pledge (ikrar) page: a form whose values fill a print-ready A4 pledge.

The page's text (introduction, privacy notice, the pledge itself, its sources) is
Markdown that authors and regions own; this package only adds the controls and
the printable sheet around it, with its UI strings per language in one place
(`strings`). What a reader types is handled by ``assets/ikrar.js`` in the browser
and never leaves it.
"""

from sosialisasi.ikrar.render import (
    FORM_SECTION,
    PLEDGE_SECTION,
    READINESS_SECTION,
    STORAGE_KEY,
    render_page,
)

__all__ = ["FORM_SECTION", "PLEDGE_SECTION", "READINESS_SECTION", "STORAGE_KEY", "render_page"]
