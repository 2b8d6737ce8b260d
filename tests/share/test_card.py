"""Preview images: 1200×630 PNG under 300 KB, drawn from a packaged font, cached."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from sosialisasi.share import card as card_module
from sosialisasi.share.card import SIZE_LIMIT, Card, draw_card, write_card


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(
    "title",
    [
        "Larangan bagi ASN selama Pemilu dan Pilkada",
        "",  # falls back to the site name
        "Kata" * 200,  # one endless word
        "Panjang sekali " * 60,
        '"><script>alert(1)</script> & \u202e\x00 emoji 🗳️',
    ],
)
def test_any_title_gives_a_wide_small_png(title: str):
    data = draw_card(Card(title=title, site_name="Netralitas ASN", region="Provinsi Bali"))
    image = opened(data)
    assert image.format == "PNG" and image.size == (1200, 630)
    assert len(data) < SIZE_LIMIT


def test_the_text_is_drawn_and_differs_per_page():
    one = draw_card(Card(title="Larangan", site_name="Netralitas ASN"))
    two = draw_card(Card(title="Sanksi", site_name="Netralitas ASN"))
    region = draw_card(Card(title="Larangan", site_name="Netralitas ASN", region="Provinsi Bali"))
    assert len({one, two, region}) == 3
    # more than a flat background: text in a second colour covers part of the card
    colours = opened(one).convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 10


def test_the_font_comes_from_the_package_not_the_network():
    from importlib import resources

    font = resources.files("font_source_sans_pro") / "files"
    assert (font / "SourceSansPro-Bold.ttf").is_file()
    assert "Open Font License" in (font / "LICENSE.txt").read_text(encoding="utf-8")


def test_an_unchanged_card_is_copied_from_the_cache_not_redrawn(tmp_path: Path, monkeypatch):
    cache = tmp_path / "cache"
    card = Card(title="Larangan", site_name="Netralitas ASN")
    assert write_card(card, tmp_path / "a.png", cache) is True

    def fail(_: Card) -> bytes:
        raise AssertionError("redrawn")

    monkeypatch.setattr(card_module, "draw_card", fail)
    assert write_card(card, tmp_path / "b.png", cache) is False
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
    # a changed title is a new card: drawn again
    with pytest.raises(AssertionError, match="redrawn"):
        write_card(Card(title="Sanksi", site_name="Netralitas ASN"), tmp_path / "c.png", cache)
    assert not list(cache.glob("*.tmp"))
