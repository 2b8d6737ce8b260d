from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class TrainerConfig(Config):
    """Options of the ``sosialisasi/trainer`` plugin."""

    enabled = c.Type(bool, default=True)
    # Trainer pages go to <language root>/<folder>/<bank>/{presentasi,lembar,kunci}/.
    folder = c.Type(str, default="kuis")
    # Frontmatter key of the page that lists every quiz with its trainer tools.
    list_key = c.Type(str, default="trainer_quizzes")
    # Heading anchor on that page after which the list goes (else: at the end).
    list_anchor = c.Type(str, default="daftar-kuis")
    # Link the trainer pages under every quiz shown on the site.
    link_from_quiz = c.Type(bool, default=True)
    # Write the slides (.pptx) of the guide's 45- and 90-minute plans beside the trainer
    # pages (<language root>/<folder>/salindia-45.pptx), linked under the quiz list.
    slides = c.Type(bool, default=True)
