"""Link-preview tags: absolute URLs, Open Graph locales, text escaped once."""

from __future__ import annotations

import pytest

from sosialisasi.share.meta import (
    SharePage,
    first_paragraph,
    image_path,
    og_locale,
    plain_text,
    share_tags,
)


def page(**changes) -> SharePage:
    values = {
        "title": "Larangan",
        "site_name": "Netralitas ASN",
        "description": "Bentuk pelanggaran netralitas.",
        "url": "https://example.org/sub/materi/larangan/",
        "locale": "id",
        "alternate_locales": ["en"],
        "image_url": "https://example.org/sub/assets/sosialisasi/share/materi/larangan.png",
    }
    return SharePage(**{**values, **changes})


def test_tags_carry_title_description_url_locales_site_and_image():
    tags = {(name, content) for _, name, content in share_tags(page())}
    assert ("og:title", "Larangan") in tags
    assert ("og:site_name", "Netralitas ASN") in tags
    assert ("og:url", "https://example.org/sub/materi/larangan/") in tags
    assert ("og:locale", "id_ID") in tags and ("og:locale:alternate", "en_US") in tags
    assert ("og:image:width", "1200") in tags and ("og:image:height", "630") in tags
    assert ("twitter:card", "summary_large_image") in tags
    assert ("og:type", "article") in tags


def test_open_graph_uses_property_and_twitter_uses_name():
    for attr, name, _ in share_tags(page()):
        assert attr == ("property" if name.startswith("og:") else "name")


def test_without_an_image_the_card_is_a_summary_and_no_image_tag_is_empty():
    tags = share_tags(page(image_url=""))
    names = [name for _, name, _ in tags]
    assert "og:image" not in names and ("name", "twitter:card", "summary") in tags
    assert all(content for _, _, content in tags)


def test_long_descriptions_are_cut_at_a_word():
    tags = dict((name, content) for _, name, content in share_tags(page(description="kata " * 200)))
    assert len(tags["og:description"]) <= 300 and tags["og:description"].endswith("…")


@pytest.mark.parametrize(
    ("locale", "expected"), [("id", "id_ID"), ("en", "en_US"), ("pt-BR", "pt_BR"), ("xx", "xx")]
)
def test_open_graph_locales(locale, expected):
    assert og_locale(locale) == expected


def test_markup_and_entities_become_plain_text_once():
    # Material prints the site name unescaped, so a region's name arrives escaped.
    assert plain_text("Kab. Tanah &amp; Laut") == "Kab. Tanah & Laut"
    assert plain_text("<em>Larangan</em>\n  ASN") == "Larangan ASN"
    assert plain_text(None) == ""


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("", "index.png"),
        ("index.html", "index.png"),
        ("en/", "en.png"),
        ("en/index.html", "en.png"),
        ("materi/larangan/", "materi/larangan.png"),
        ("materi/larangan.html", "materi/larangan.png"),
        ("en/materi/larangan/", "en/materi/larangan.png"),
    ],
)
def test_one_image_path_per_page_address(url, path):
    assert image_path(url) == path


def test_a_page_without_description_is_described_by_its_first_paragraph():
    page_html = '<h1>T</h1><p class="x"> </p><p>Isi <a href="#">pertama</a>.</p><p>Kedua</p>'
    assert first_paragraph(page_html) == "Isi pertama."
    assert first_paragraph("<h1>T</h1>") == ""
