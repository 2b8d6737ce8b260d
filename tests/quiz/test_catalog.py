"""Checks across files: pages naming banks, language versions, links, unused banks."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.diagnostics import Severity
from sosialisasi.quiz.catalog import load_catalog, source_key, source_slug
from sosialisasi.quiz.pages import split_locale
from sosialisasi.site.markdown import slugify
from tests.helpers import REPO

SITE = REPO / "tests" / "fixtures" / "sites" / "quiz-errors"

# (file under the fixture site, line, code, subject): one page or bank per error.
EXPECTED = {
    ("docs/q120-bank-tak-ada.md", 3, "Q120", "quiz"),
    ("docs/q121-pertanyaan-tak-ada.md", 3, "Q121", "q9"),
    ("docs/q123-quiz-salah-tulis.md", 3, "Q123", "quiz"),
    ("docs/q124-versi-beda.en.md", 3, "Q124", "quiz"),
    ("quizzes/q122-tidak-dipakai.md", 1, "Q122", ""),
    ("quizzes/q125-reread-tanpa-halaman.md", 14, "Q125", "q1"),
    ("quizzes/q126-sumber-tak-dikenal.md", 13, "Q126", "q1"),
    ("quizzes/q127-jangkar-tak-ada.md", 14, "Q127", "q1"),
}
WARNINGS = {"Q122", "Q126", "Q127"}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(SITE / "docs", SITE / "quizzes", ("id", "en"))


def test_each_fixture_file_gets_exactly_its_finding(catalog):
    found = {
        (d.file.relative_to(SITE).as_posix(), d.line, d.code, d.subject)
        for d in catalog.diagnostics
    }
    assert found == EXPECTED
    assert len(catalog.diagnostics) == len(EXPECTED)


def test_unused_banks_and_unresolved_sources_are_warnings(catalog):
    for diagnostic in catalog.diagnostics:
        expected = Severity.WARNING if diagnostic.code in WARNINGS else Severity.ERROR
        assert diagnostic.severity is expected, diagnostic.code
        assert diagnostic.hint


def test_valid_banks_are_available_by_id(catalog):
    bank = catalog.bank("dipakai")
    assert bank is not None and [q.id for q in bank] == ["q1", "q2"]
    assert catalog.bank("tidak-ada") is None


def test_titles_come_from_each_language_version(catalog):
    assert catalog.title_of("materi/halaman.md", "id") == "Halaman materi/halaman.id.md"
    assert catalog.title_of("materi/halaman.md", "en") == "Halaman materi/halaman.en.md"
    assert catalog.title_of("index.md", "en") == "Halaman index.md"


def test_missing_folders_give_an_empty_catalog(tmp_path: Path):
    catalog = load_catalog(tmp_path / "docs", tmp_path / "quizzes", ("id", "en"))
    assert catalog.diagnostics == [] and catalog.reports == {}


@pytest.mark.parametrize(
    ("basis", "key", "slug"),
    [
        ("PP 94/2021 Pasal 5 huruf n", "PP 94/2021", "pp-94-2021"),
        ("UU 7/2017", "UU 7/2017", "uu-7-2017"),
        ("SKB 2022", "SKB 2022", "skb-2022"),
        ("UU 20/2023 Pasal 24 ayat (1) huruf d", "UU 20/2023", "uu-20-2023"),
    ],
)
def test_basis_source_slug_follows_the_contract(basis, key, slug):
    assert source_key(basis) == key
    assert source_slug(basis) == slug


def test_language_suffix_and_heading_slugs():
    assert split_locale("materi/larangan.id.md", ["id", "en"]) == ("materi/larangan.md", "id")
    assert split_locale("materi/larangan.md", ["id", "en"]) == ("materi/larangan.md", None)
    assert split_locale("v1.2.md", ["id", "en"]) == ("v1.2.md", None)
    assert slugify("Media *sosial* & kampanye") == "media-sosial-kampanye"
