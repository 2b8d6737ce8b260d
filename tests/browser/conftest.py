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


# Chromium reports a blocked script, style, fetch or frame, and a header it cannot parse,
# as a console error naming the policy.
POLICY_ERRORS = ("Content Security Policy", "Permissions-Policy", "Referrer Policy")


@pytest.fixture(autouse=True)
def no_policy_violation(request: pytest.FixtureRequest):
    """Fail any browser test whose pages broke a security policy the site is served with."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if any(policy in message.text for policy in POLICY_ERRORS)
            else None
        ),
    )
    yield
    assert not errors, "security policy violations:\n" + "\n".join(errors)
