"""Trainer tools over the quiz banks: presentation mode, worksheets and answer keys.

Engine-free: given a bank, the language and the URLs around it, this package
renders standalone pages (no theme chrome, large type, printable) with the quiz
renderer of ``sosialisasi.quiz``, and a QR code (segno, SVG) pointing phones at
the bank's quiz page online. The MkDocs plugin ``sosialisasi/trainer`` decides
where the pages go and writes them.
"""

from sosialisasi.trainer.pages import PageKind, TrainerLinks, render_trainer_page
from sosialisasi.trainer.qr import qr_svg

__all__ = ["PageKind", "TrainerLinks", "qr_svg", "render_trainer_page"]
