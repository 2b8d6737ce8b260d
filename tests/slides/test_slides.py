"""`sosialisasi slides`: decks read back with python-pptx and converted by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from sosialisasi.cli import main
from sosialisasi.project import Project
from sosialisasi.slides import read_guide
from sosialisasi.slides.source import deck_input, load_source
from tests.helpers import REPO

SOFFICE = shutil.which("soffice")
WORDS = {
    "id": ("Kuis: pertanyaan", "Jawaban:", "Penjelasan:", "Dasar hukum:", "Agenda"),
    "en": ("Quiz: question", "Answer:", "Explanation:", "Legal basis:", "Agenda"),
}


def expected_count(session: int, lang: str) -> tuple[int, int]:
    """(slides, quiz slides) the guide's plan asks for, counted from the guide itself."""
    data = deck_input(load_source(Project.load(REPO / "mkdocs.yml")), session, lang)
    steps = data.guide.plans[session]
    scenarios = len(data.guide.scenarios) if any("skenario" in s.anchors for s in steps) else 0
    questions = sum(s.questions for s in steps)
    return 2 + len(steps) + len(data.guide.topics) + scenarios + questions + 1, questions


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], Path]:
    out = tmp_path_factory.mktemp("slides")
    made = {}
    for session in (45, 90):
        for lang in ("id", "en"):
            path = out / f"sesi-{session}-{lang}.pptx"
            argv = ["slides", "--session", str(session), "--lang", lang, "-o", str(path)]
            assert main([*argv, "-f", str(REPO / "mkdocs.yml")]) == 0
            made[(session, lang)] = path
    return made


@pytest.mark.parametrize("session", [45, 90])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_deck_follows_the_plan_with_answers_in_the_notes(decks, session: int, lang: str):
    deck = Presentation(str(decks[(session, lang)]))
    count, questions = expected_count(session, lang)
    assert len(deck.slides) == count
    quiz, answer, explanation, basis, agenda = WORDS[lang]
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles[1] == agenda
    quiz_slides = [s for s in deck.slides if s.shapes.title.text.startswith(quiz)]
    assert len(quiz_slides) == questions > 0
    for slide in quiz_slides:
        notes = slide.notes_slide.notes_text_frame.text
        assert answer in notes and explanation in notes and basis in notes
    other = WORDS["en" if lang == "id" else "id"][0]
    assert not any(title.startswith(other) for title in titles)
    pictures = [s for s in deck.slides if any(sh.shape_type == 13 for sh in s.shapes)]
    assert len(pictures) == 2  # the QR code to the site: title and closing slides


def test_the_90_minute_deck_has_every_scenario_with_its_answer_in_the_notes(decks):
    guide = read_guide((REPO / "content" / "pelatih" / "index.id.md").read_text("utf-8"))
    deck = Presentation(str(decks[(90, "id")]))
    by_title = {s.shapes.title.text: s for s in deck.slides}
    for scenario in guide.scenarios:
        slide = by_title[f"Skenario: {scenario.title}"]
        assert slide.notes_slide.notes_text_frame.text == scenario.answer
        assert scenario.answer.startswith("Arah jawaban")


def test_libreoffice_converts_every_deck_to_a_pdf_of_one_page_per_slide(decks, tmp_path):
    assert SOFFICE, "LibreOffice (soffice) missing: scripts/setup-system.sh installs it"
    profile = tmp_path / "profile"
    command = [
        SOFFICE,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp_path),
        *map(str, decks.values()),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    for path in decks.values():
        pdf = tmp_path / f"{path.stem}.pdf"
        assert pdf.is_file(), result.stdout + result.stderr
        assert len(PdfReader(pdf).pages) == len(Presentation(str(path)).slides)


def test_bad_input_is_one_clear_line(tmp_path: Path, capsys):
    assert main(["slides", "--session", "45", "--lang", "fr", "-f", str(REPO / "mkdocs.yml")]) == 2
    assert "no language 'fr'" in capsys.readouterr().err
    out = tmp_path / "deck.ppt"
    assert main(["slides", "--session", "45", "-o", str(out), "-f", str(REPO / "mkdocs.yml")]) == 2
    assert "must end in .pptx" in capsys.readouterr().err
    site = tmp_path / "site"
    (site / "docs" / "pelatih").mkdir(parents=True)
    (site / "mkdocs.yml").write_text("site_name: X\n", encoding="utf-8")
    (site / "docs" / "pelatih" / "index.md").write_text(
        "# Guide\n\n## Plan { #sesi-45 }\n\n| a | b | c | d |\n|---|---|---|---|\n",
        encoding="utf-8",
    )
    argv = ["slides", "--session", "45", "-o", str(tmp_path / "x.pptx"), "-f"]
    assert main([*argv, str(site / "mkdocs.yml")]) == 2
    err = capsys.readouterr().err
    assert "index.md" in err and "{ #sesi-90 }" in err and "Traceback" not in err
    assert not (tmp_path / "x.pptx").exists()


@pytest.mark.parametrize(("lang", "prefix"), [("id", ""), ("en", "en/")])
def test_the_site_publishes_both_decks_beside_the_trainer_pages(built_site: Path, lang, prefix):
    for session in (45, 90):
        deck = Presentation(str(built_site / f"{prefix}kuis/salindia-{session}.pptx"))
        assert len(deck.slides) == expected_count(session, lang)[0]
    listing = (built_site / f"{prefix}pelatih/alat/index.html").read_text("utf-8")
    assert 'href="../../kuis/salindia-45.pptx" download' in listing
    assert 'href="../../kuis/salindia-90.pptx" download' in listing
