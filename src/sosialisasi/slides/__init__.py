"""Slides (.pptx) of the trainer's session plans: engine-free, read from the guide and banks.

``sosialisasi slides`` (commands/slides.py) and the trainer plugin both call
:func:`write_slides`; nothing here imports MkDocs. Names are loaded on first use, so
a build that writes no deck never imports python-pptx (about 13 MB).
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "DeckInput": "deck",
    "build_deck": "deck",
    "SESSIONS": "guide",
    "Guide": "guide",
    "GuideError": "guide",
    "read_guide": "guide",
    "SlideSource": "source",
    "load_source": "source",
    "write_slides": "source",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
