"""Self-check quizzes: bilingual banks in YAML frontmatter, validated, rendered to HTML.

Engine-free: the MkDocs plugin (``sosialisasi.mkdocs.quiz``) and ``sosialisasi check``
both use this package, so a bank gets the same verdict from the build and the checker.
"""

from sosialisasi.quiz.model import Bank, LocalizedText, Option, Question, QuestionType

__all__ = ["Bank", "LocalizedText", "Option", "Question", "QuestionType"]
