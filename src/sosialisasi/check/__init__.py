"""`sosialisasi check`: content checks that need no build and run in seconds.

Each rule family is one module under ``sosialisasi.check.rules`` exposing ``NAME``
and ``check(project) -> Iterable[Diagnostic]``; ``runner`` collects them and
``report`` formats the findings for people (text) and machines (github, json).
"""
