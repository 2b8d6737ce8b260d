"""Browser tests record every request so each test can assert none left 127.0.0.1."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest


@pytest.fixture
def requests_seen(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    return seen


def foreign(urls: list[str]) -> list[str]:
    """Requests to any host other than the local test server (data: URLs are local)."""
    return [
        url
        for url in urls
        if urlsplit(url).scheme not in ("data", "blob", "about")
        and urlsplit(url).hostname not in ("127.0.0.1",)
    ]
