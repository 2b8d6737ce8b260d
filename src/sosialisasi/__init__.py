"""sosialisasi: a bilingual static-site kit for guidance, quizzes and pledges.

The core modules (quiz, region, check, export, site) never import MkDocs; the
MkDocs plugins under ``sosialisasi.mkdocs`` are thin adapters over them, so a
later engine can reuse the core.
"""

__version__ = "0.1.0"
