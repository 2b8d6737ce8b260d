from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class QuizConfig(Config):
    """Options of the ``sosialisasi/quiz`` plugin."""

    enabled = c.Type(bool, default=True)
    # Folder of quiz banks, relative to mkdocs.yml.
    quizzes_dir = c.Type(str, default="quizzes")
    # Page whose anchors `basis` links to (path under docs_dir, no language suffix).
    references_page = c.Type(str, default="materi/referensi.md")
    # Level of the quiz heading appended to a page (2 = a section of the page).
    heading_level = c.Choice((2, 3, 4), default=2)
    # Write assets/sosialisasi/quizzes.json: banks, question ids and key hashes.
    manifest = c.Type(bool, default=True)
