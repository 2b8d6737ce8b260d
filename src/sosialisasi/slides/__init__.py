"""Slides (.pptx) of the trainer's session plans: engine-free, read from the guide and banks.

``sosialisasi slides`` (commands/slides.py) and the trainer plugin both call
:func:`write_slides`; nothing here imports MkDocs.
"""

from sosialisasi.slides.deck import DeckInput, build_deck
from sosialisasi.slides.guide import SESSIONS, Guide, GuideError, read_guide
from sosialisasi.slides.source import SlideSource, load_source, write_slides

__all__ = [
    "SESSIONS",
    "DeckInput",
    "Guide",
    "GuideError",
    "SlideSource",
    "build_deck",
    "load_source",
    "read_guide",
    "write_slides",
]
