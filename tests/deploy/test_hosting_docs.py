"""The hosting guide shows exactly what the kit generates, and its nginx example is valid."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from sosialisasi.deploy.build import nginx_snippet
from sosialisasi.deploy.headers import SECURITY_HEADERS
from sosialisasi.deploy.sites import Site
from sosialisasi.site.languages import Language
from tests.helpers import REPO, nginx_available, nginx_config, nginx_test

PAGES = [REPO / "content" / "panduan" / f"hosting.{lang}.md" for lang in ("id", "en")]
EXAMPLE = Site(
    "base",
    REPO / "mkdocs.yml",
    "https://pemda.example.go.id/netralitas/",
    (Language("id", "Bahasa Indonesia", True), Language("en", "English")),
)


def nginx_blocks(page: Path) -> list[str]:
    """The ```nginx code blocks of a page, dedented when they sit in a list item."""
    blocks = re.findall(r"^( *)```nginx\n(.*?)^\1```", page.read_text("utf-8"), re.M | re.S)
    return [
        "".join(line[len(indent) :] + "\n" for line in body.splitlines()) for indent, body in blocks
    ]


def need_nginx() -> str:
    nginx = nginx_available()
    if nginx is None:
        message = "nginx is not installed (Debian: apt-get install nginx)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; .ci/run installs it", pytrace=False)
        pytest.skip(message)
    return nginx


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_guide_shows_the_snippet_make_deploy_dir_writes(page: Path):
    server, snippet = nginx_blocks(page)
    assert snippet == nginx_snippet(EXAMPLE)
    assert "include /etc/nginx/snippets/netralitas.conf;" in server


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_guide_lists_every_tested_header_with_its_value(page: Path):
    text = page.read_text("utf-8")
    for name, value in SECURITY_HEADERS.items():
        assert f"| `{name}` |" in text
        if name != "Content-Security-Policy":  # shown in the snippet: too long for a table
            assert f"| `{value}` |" in text


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_guide_s_nginx_example_passes_nginx_t(page: Path, tmp_path: Path):
    need_nginx()
    server, snippet = nginx_blocks(page)
    (tmp_path / "snippet.conf").write_text(snippet)
    server = server.replace("/etc/nginx/snippets/netralitas.conf", str(tmp_path / "snippet.conf"))
    config = nginx_config(tmp_path, server.replace("listen 80;", "listen 127.0.0.1:8080;"))
    result = nginx_test(config)
    assert result.returncode == 0, result.stderr


def test_the_make_targets_the_guide_names_exist():
    makefile = (REPO / "Makefile").read_text()
    for target in ("deploy-dir", "deploy-all"):
        assert re.search(rf"^{target}:", makefile, re.M), target
