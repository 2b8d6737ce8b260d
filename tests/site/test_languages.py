import pytest

from sosialisasi.site.languages import Language, absolute_url, relative_url, site_relative


def test_prefix_of_default_and_other_language():
    assert Language("id", "Bahasa Indonesia", default=True).prefix == ""
    assert Language("en", "English").prefix == "en/"


@pytest.mark.parametrize(
    ("site_url", "path", "expected"),
    [
        ("https://x.org/", "", "https://x.org/"),
        ("https://x.org/sub/", "en/materi/sanksi/", "https://x.org/sub/en/materi/sanksi/"),
        ("https://x.org/sub", "en/", "https://x.org/sub/en/"),
    ],
)
def test_absolute_url(site_url, path, expected):
    assert absolute_url(site_url, path) == expected


@pytest.mark.parametrize(
    ("link", "site_url", "expected"),
    [
        ("/sub/en/", "https://x.org/sub/", "en/"),
        ("/sub/", "https://x.org/sub/", ""),
        ("/en/", "https://x.org/", "en/"),
        ("en/materi/x/", "https://x.org/", "en/materi/x/"),
        ("https://other.org/", "https://x.org/", "https://other.org/"),
        ("/elsewhere/", "https://x.org/sub/", "/elsewhere/"),
    ],
)
def test_site_relative(link, site_url, expected):
    assert site_relative(link, site_url) == expected


@pytest.mark.parametrize(
    ("from_page", "to_page", "expected"),
    [
        ("", "", "./"),
        ("en/", "en/", "./"),
        ("en/materi/sanksi/", "en/", "../../"),
        ("materi/sanksi/", "", "../../"),
        ("materi/sanksi.html", "", "../"),
    ],
)
def test_relative_url(from_page, to_page, expected):
    assert relative_url(from_page, to_page) == expected
