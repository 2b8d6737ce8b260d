"""The example address: recognised, warned about once, noted on the page."""

from __future__ import annotations

import pytest

from sosialisasi.address import build_warning, example_note, is_example


@pytest.mark.parametrize(
    "url",
    [
        "https://netralitas.example.org/",
        "https://netralitas.example.org/bali/",
        "http://example.com",
        "https://a.example/",
        "",
        None,
        "pelatih/",
    ],
)
def test_example_and_missing_addresses_lead_nowhere(url):
    assert is_example(url)
    assert "example address" in (build_warning(url) or "")


@pytest.mark.parametrize(
    "url", ["https://netralitas.jembranakab.go.id/", "https://example.org.id/", "https://x.org"]
)
def test_real_addresses_pass_quietly(url):
    assert not is_example(url)
    assert build_warning(url) is None


def test_the_note_speaks_the_readers_language():
    assert example_note("id").startswith("Alamat contoh")
    assert example_note("en").startswith("Example address")
    assert example_note("fr") == example_note("en")
