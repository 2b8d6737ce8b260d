"""Off-host resources: an image from another host in a page is H104 (check and strict build,
with file and line) and is not loaded by a plain build; quiz texts never load one; a site
that allows them says so with `remote_images: true`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sosialisasi.quiz.markdown import QuizMarkdown
from tests.check._cases import clean_copy
from tests.helpers import mkdocs_build

pytestmark = pytest.mark.slow

PIXEL = "![piksel](https://tracker.example/p.gif?u=1)"
ENV = {"SOSIALISASI_TODAY": "2026-12-01"}


def site_with_pixel(tmp_path: Path, options: str = "") -> Path:
    config = clean_copy(tmp_path / "src")
    for lang in ("id", "en"):
        page = tmp_path / "src" / "docs" / f"index.{lang}.md"
        text = page.read_text(encoding="utf-8").rstrip("\n")
        page.write_text(f"{text}\n\n{PIXEL} ![protokol](//cdn.example/a.png)\n", "utf-8")
    if options:
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace("  - sosialisasi/check\n", options), encoding="utf-8")
    return config


def off_host_sources(html: str) -> list[str]:
    return re.findall(r"""<(?:img|source|audio|video)[^>]*\ssrc="((?:https?:)?//[^"]*)""", html)


def test_the_strict_build_refuses_it_and_a_plain_build_does_not_load_it(tmp_path: Path):
    config = site_with_pixel(tmp_path)
    strict = mkdocs_build(config, tmp_path / "strict", env=ENV)
    assert strict.returncode == 1 and "index.id.md:" in strict.stderr
    assert "error H104" in strict.stderr and "Traceback" not in strict.stderr
    plain = mkdocs_build(config, tmp_path / "site", strict=False, env=ENV)
    assert plain.returncode == 0, plain.stderr[-2000:]
    for page in ("index.html", "en/index.html"):
        html = (tmp_path / "site" / page).read_text(encoding="utf-8")
        assert 'alt="piksel"' in html  # the image is there, its address is not
        assert off_host_sources(html) == []


def test_a_site_that_allows_remote_images_keeps_them(tmp_path: Path):
    config = site_with_pixel(tmp_path, "  - sosialisasi/check:\n      remote_images: true\n")
    result = mkdocs_build(config, tmp_path / "site", env=ENV)
    assert result.returncode == 0, result.stderr[-2000:]
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "https://tracker.example/p.gif?u=1" in off_host_sources(html)


@pytest.mark.parametrize(
    "url", ["https://t.example/p.gif", "//t.example/p.gif", "HTTP://t.example/x"]
)
def test_a_quiz_text_shows_an_outside_image_as_its_text(url: str):
    html = QuizMarkdown().block(f"Lihat ![piksel]({url}) dan ![lokal](gambar/a.png)")
    assert "t.example" not in html and "piksel" in html
    assert '<img src="gambar/a.png" alt="lokal" />' in html
