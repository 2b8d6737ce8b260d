"""Finding codes as ``sosialisasi check`` uses them: the kit's one registry, and the
words a site uses to set a code's severity.

Every code of every family (C, F, D, T, L, B, H, Q, R, P, X) lives in
``sosialisasi.codes``; this module only adds the severity settings' vocabulary.
"""

from __future__ import annotations

from sosialisasi.codes import CODES, Code
from sosialisasi.diagnostics import Severity

__all__ = ["CODES", "IGNORE", "LEVELS", "Code"]

LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}
IGNORE = "ignore"
