"""Readable offline after one visit, installable on Android: the web app manifest and the
service worker of each language (engine-free; ``sosialisasi.mkdocs.pwa`` adapts it)."""
