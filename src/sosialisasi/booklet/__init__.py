"""The whole guide as one booklet per language: a print page and, where Chromium is
available, its PDF (``sosialisasi pdf``). Engine-free: the MkDocs adapter hands in pages."""
