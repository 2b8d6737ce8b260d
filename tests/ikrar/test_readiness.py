"""The readiness list: every bank of the site, in reading order, linked to where it is."""

from __future__ import annotations

from pathlib import Path

import yaml

from sosialisasi.ikrar import render_page
from sosialisasi.ikrar.readiness import readiness_banks
from sosialisasi.quiz.catalog import load_catalog
from tests.helpers import REPO
from tests.ikrar.test_render import PAGE, elements, h2

LOCALES = ("id", "en")


def nav_docs() -> list[str]:
    config = yaml.load((REPO / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    found: list[str] = []

    def walk(item):
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(config["nav"])
    return found


def url(doc: str) -> str:
    return "../" + doc.removesuffix(".md") + "/"


def test_the_repository_banks_in_reading_order_with_their_whole_page():
    catalog = load_catalog(REPO / "content", REPO / "quizzes", LOCALES)
    banks = readiness_banks(catalog, "id", url, nav_docs())
    assert [b.id for b in banks] == [
        "netralitas-dasar",
        "media-sosial",
        "kampanye-dan-fasilitas",
        "sanksi",
        "ikrar-dan-deklarasi",
        "pelaporan",
    ]
    declaration = next(b for b in banks if b.id == "ikrar-dan-deklarasi")
    # materi/deklarasi shows part of the bank, materi/ikrar-dan-pakta all of it.
    assert [link.url for link in declaration.links] == ["../materi/ikrar-dan-pakta/"]
    assert declaration.links[0].title == "Ikrar dan pakta integritas netralitas"
    assert len(declaration.questions) == len(catalog.bank("ikrar-dan-deklarasi").questions)
    first = catalog.bank("netralitas-dasar").questions[0]
    assert banks[0].questions[0] == (first.id, first.key_hash)


def test_titles_follow_the_language():
    catalog = load_catalog(REPO / "content", REPO / "quizzes", LOCALES)
    (basics, *_) = readiness_banks(catalog, "en", url, nav_docs())
    assert basics.title.startswith("Quiz:")
    assert basics.links[0].title == "What ASN neutrality means"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def test_a_bank_shown_only_in_parts_links_every_part(tmp_path: Path):
    bank = {
        "id": "b",
        "title": {"id": "Kuis B", "en": "Quiz B"},
        "questions": [
            {
                "id": f"q{n}",
                "type": "true-false",
                "text": {"id": "Benar?", "en": "True?"},
                "options": [{"id": "true", "correct": True}, {"id": "false", "correct": False}],
                "explanation": {"id": "Karena.", "en": "Because."},
                "basis": "PP 94/2021",
            }
            for n in (1, 2)
        ],
    }
    write(tmp_path / "quizzes" / "b.md", "---\n" + yaml.safe_dump(bank) + "---\n")
    for doc, question in (("satu", "q1"), ("dua", "q2")):
        for lang in LOCALES:
            quiz = f"quiz: {{bank: b, questions: [{question}]}}"
            write(tmp_path / "docs" / f"{doc}.{lang}.md", f"---\ntitle: {doc}\n{quiz}\n---\n")
    catalog = load_catalog(tmp_path / "docs", tmp_path / "quizzes", LOCALES)
    (only,) = readiness_banks(catalog, "id", url, ["dua.md", "satu.md"])
    assert [link.url for link in only.links] == ["../dua/", "../satu/"]
    assert readiness_banks(catalog, "id", lambda doc: None) == []


def test_readiness_goes_at_the_end_of_its_section_with_the_data_the_script_needs():
    catalog = load_catalog(REPO / "content", REPO / "quizzes", LOCALES)
    banks = readiness_banks(catalog, "id", url, nav_docs())
    page = PAGE.replace(
        h2("formulir", "Isi data"),
        h2("kesiapan", "Kesiapan") + "<p>Info.</p>\n" + h2("formulir", "Isi data"),
    )
    html, findings = render_page(page, "id", readiness=banks)
    assert findings == []
    assert html.index("<p>Info.</p>") < html.index("data-ikrar-ready") < html.index('id="formulir"')
    items = [attrs for tag, attrs in elements(html) if tag == "li" and "data-bank" in attrs]
    assert [item["data-bank"] for item in items] == [b.id for b in banks]
    assert "../materi/netralitas/" in html


def test_no_bank_says_so_and_no_section_means_no_list():
    page = PAGE.replace(h2("privasi", "Privasi"), h2("kesiapan", "Kesiapan"))
    html, _ = render_page(page, "en", readiness=[])
    assert "This site has no quizzes yet." in html
    html, _ = render_page(PAGE, "en", readiness=[])
    assert "data-ikrar-ready" not in html
