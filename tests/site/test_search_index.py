from sosialisasi.site.languages import Language
from sosialisasi.site.search_index import split_index

LANGS = [Language("id", "Bahasa Indonesia", default=True), Language("en", "English")]


def merged():
    return {
        "config": {"lang": ["en"], "pipeline": [], "separator": "[\\s\\-]+"},
        "docs": [
            {"location": "", "title": "Beranda", "text": "kerbau"},
            {"location": "materi/sanksi/", "title": "Sanksi", "text": "hukuman"},
            {"location": "en/", "title": "Home", "text": "buffalo"},
            {"location": "en/materi/sanksi/#berat", "title": "Severe", "text": "penalty"},
            {"location": "english-words/", "title": "Slug starts with en", "text": ""},
        ],
    }


def test_each_language_gets_only_its_pages_relative_to_its_root():
    parts = split_index(merged(), LANGS)
    assert [d["location"] for d in parts[""]["docs"]] == ["", "materi/sanksi/", "english-words/"]
    assert [d["location"] for d in parts["en/"]["docs"]] == ["", "materi/sanksi/#berat"]


def test_english_gets_materials_english_pipeline_and_indonesian_whole_words():
    parts = split_index(merged(), LANGS)
    # no stemmer: Material's prefix queries ("timeline*") never match stemmed terms
    assert parts["en/"]["config"]["pipeline"] == ["stopWordFilter"]
    assert parts[""]["config"]["pipeline"] == []
    assert parts[""]["config"]["separator"] == "[\\s\\-]+"


def test_input_is_not_modified():
    original = merged()
    split_index(original, LANGS)
    assert original == merged()
