from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class CheckConfig(Config):
    """Options of the ``sosialisasi/check`` plugin."""

    enabled = c.Type(bool, default=True)
    # Log the per-page findings (F1xx frontmatter, H1xx unsafe text), so --strict fails.
    page_checks = c.Type(bool, default=True)
    # Render raw HTML in pages as text and drop javascript:-style links.
    safe_markdown = c.Type(bool, default=True)
    # Let pages show images from other hosts (off by default: H104, and not loaded).
    remote_images = c.Type(bool, default=False)
    # Show readers a notice on pages past their review_by date.
    review_notice = c.Type(bool, default=True)
