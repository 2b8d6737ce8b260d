"""Site-wide helpers shared by every engine: languages, URLs, search index."""
