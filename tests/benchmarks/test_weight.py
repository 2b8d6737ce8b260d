"""The page-weight harness counts wire bytes by type, the worker's script, and quiz bytes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bench.server import free_port, python_gzip
from bench.weight import measure_pages

pytestmark = pytest.mark.browser

FILLER = "Netralitas ASN dalam Pemilu dan Pilkada. " * 40
CSS = ".md-typeset { color: #222; }\n" * 40
PLAIN_PAGE = f"""<!doctype html><html lang="id"><head><title>t</title>
<link rel="stylesheet" href="../assets/site.css"></head>
<body><main><p>{FILLER}</p></main>
<script>new Worker("../assets/worker.js")</script></body></html>"""
# the shape of sosialisasi/quiz/templates/quiz.html: nothing in it is called "quiz"
QUIZ_SECTION = (
    '<section class="sq" id="sq-b"><form class="sq-form" data-bank="b">'
    f'<fieldset class="sq-q" data-q="q1"><legend>{FILLER}</legend></fieldset></form></section>'
)
QUIZ_PAGE = f"""<!doctype html><html lang="id"><head><title>t</title>
<link rel="stylesheet" href="../assets/site.css"><link rel="stylesheet" href="../assets/quiz.css">
</head><body><main><p>{FILLER}</p>{QUIZ_SECTION}</main>
<script src="../assets/quiz.js"></script></body></html>"""


@pytest.fixture
def static_site(tmp_path: Path) -> Path:
    files = {
        "plain/index.html": PLAIN_PAGE,
        "quiz/index.html": QUIZ_PAGE,
        "assets/site.css": CSS,
        "assets/quiz.css": ".sosialisasi-quiz { margin: 1rem; }\n" * 30,
        "assets/quiz.js": "document.querySelector('form').dataset.ready = 'yes';\n" * 30,
        "assets/worker.js": "fetch('../data.json').then((r) => r.json());\n" + "// pad\n" * 200,
        "data.json": '{"docs": [' + ",".join(['{"t": "kata kunci"}'] * 200) + "]}",
        "404.html": "<!doctype html><title>404</title>",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


def test_a_page_without_quiz_counts_every_type_and_zero_quiz_bytes(static_site: Path):
    with python_gzip(static_site, free_port()) as base:
        (page,) = measure_pages([("plain", base + "plain/")])
    by_url = {r.url.removeprefix(base): r for r in page.resources}
    assert set(by_url) >= {"plain/", "assets/site.css", "assets/worker.js", "data.json"}
    css = by_url["assets/site.css"]
    assert css.encoding == "gzip"
    assert 0 < css.body_bytes <= len(gzip.compress(CSS.encode(), 6)) + 40 < len(CSS)
    # the worker's own script is counted (Chromium reports 0 for it)
    assert by_url["assets/worker.js"].body_bytes > 0
    assert set(page.by_kind) >= {"html", "css", "js", "data"}
    assert page.total_bytes == sum(r.body_bytes + r.header_bytes for r in page.resources)
    assert page.quiz_asset_bytes == 0
    assert page.quiz_markup == {"elements": 0, "inline": 0, "bytes": 0, "gzip_bytes": 0}


def test_a_quiz_page_counts_its_assets_and_its_markup_once(static_site: Path):
    with python_gzip(static_site, free_port()) as base:
        (page,) = measure_pages([("quiz", base + "quiz/")])
    quiz = [r for r in page.resources if r.is_quiz]
    assert sorted(r.url.removeprefix(base) for r in quiz) == ["assets/quiz.css", "assets/quiz.js"]
    assert page.quiz_asset_bytes == sum(r.transfer_bytes for r in quiz) > 0
    # the section and its nested quiz elements count once, as the browser serializes them
    assert page.quiz_markup["elements"] == 1
    assert abs(page.quiz_markup["bytes"] - len(QUIZ_SECTION.encode())) < 40
    assert 0 < page.quiz_markup["gzip_bytes"] < page.quiz_markup["bytes"]
