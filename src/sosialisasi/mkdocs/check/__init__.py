"""MkDocs adapter of ``sosialisasi.check``: the per-page checks in every build, safe Markdown
and the notice on pages past their review date."""
