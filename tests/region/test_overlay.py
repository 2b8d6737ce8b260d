"""Overlay resolution: which base files a region adds to, replaces and inherits."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosialisasi.region.overlay import (
    added_pages,
    file_key,
    half_replacements,
    list_files,
    resolve_overlay,
    site_layout,
)

LOCALES = ("id", "en")


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("index.id.md", ("index.md", "id")),
        ("materi/x.en.md", ("materi/x.md", "en")),
        ("materi/x.md", ("materi/x.md", "id")),
        ("gambar/peta.en.png", ("gambar/peta.png", "en")),
        ("berkas/se.v2.pdf", ("berkas/se.v2.pdf", "id")),
        ("daerah/a.b.fr.md", ("daerah/a.b.fr.md", "id")),
    ],
)
def test_file_key_strips_only_a_known_language_suffix(path, key):
    assert file_key(path, LOCALES, "id") == key


BASE = [
    "index.id.md",
    "index.en.md",
    "materi/surat-edaran.id.md",
    "materi/surat-edaran.en.md",
    "materi/sanksi.id.md",
    "materi/sanksi.en.md",
    "assets/logo.png",
]


def test_region_adds_replaces_and_inherits_by_path_and_language():
    region = [
        "daerah/index.id.md",
        "daerah/index.en.md",
        "materi/surat-edaran.md",  # unsuffixed = default language: replaces .id.md
        "materi/surat-edaran.en.md",
        "assets/logo.png",
    ]
    overlay = resolve_overlay(BASE, region, LOCALES, "id")
    assert overlay.added == ("daerah/index.en.md", "daerah/index.id.md")
    assert dict(overlay.replacing) == {
        "assets/logo.png": "assets/logo.png",
        "materi/surat-edaran.en.md": "materi/surat-edaran.en.md",
        "materi/surat-edaran.md": "materi/surat-edaran.id.md",
    }
    assert overlay.inherited == (
        "index.en.md",
        "index.id.md",
        "materi/sanksi.en.md",
        "materi/sanksi.id.md",
    )
    everything = set(overlay.added) | {r for r, _ in overlay.replacing} | set(overlay.inherited)
    assert len(everything) == len(BASE) + 2  # each page once per language, nothing twice


def test_region_without_pages_inherits_everything():
    overlay = resolve_overlay(BASE, [], LOCALES, "id")
    assert overlay.added == () and overlay.replacing == ()
    assert sorted(overlay.inherited) == sorted(BASE)


def test_base_build_is_the_identity():
    overlay = resolve_overlay([], BASE, LOCALES, "id")
    assert sorted(overlay.added) == sorted(BASE)


def test_region_pages_for_the_nav_put_index_first():
    region = [
        "daerah/surat-edaran.id.md",
        "daerah/index.id.md",
        "daerah/index.en.md",
        "daerah/se.pdf",
    ]
    overlay = resolve_overlay(BASE, region, LOCALES, "id")
    assert added_pages(overlay, LOCALES, "id") == ["daerah/index.md", "daerah/surat-edaran.md"]


def test_replacing_one_language_only_is_a_warning(tmp_path: Path):
    overlay = resolve_overlay(BASE, ["materi/sanksi.id.md"], LOCALES, "id")
    found = half_replacements(overlay, LOCALES, "id", tmp_path)
    assert [d.code for d in found] == ["R131"]
    assert "readers of en still get the national text" in found[0].message
    assert found[0].file == tmp_path / "materi/sanksi.id.md"
    both = resolve_overlay(BASE, ["materi/sanksi.id.md", "materi/sanksi.en.md"], LOCALES, "id")
    assert half_replacements(both, LOCALES, "id", tmp_path) == []


def test_list_files_skips_dot_files(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.md").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("x")
    (tmp_path / ".hidden.md").write_text("x")
    assert list_files(tmp_path) == ["a/x.md"]
    assert list_files(tmp_path / "missing") == []


def test_layout_finds_the_base_folders_behind_an_inheriting_config(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Base\ndocs_dir: content\ntheme: {name: material, custom_dir: overrides}\n"
        "site_url: !ENV [SITE_URL, 'https://x.org/']\n"
    )
    region = tmp_path / "regions" / "contoh"
    region.mkdir(parents=True)
    (region / "mkdocs.yml").write_text("INHERIT: ../../mkdocs.yml\nsite_name: Contoh\n")
    layout = site_layout(region / "mkdocs.yml")
    assert layout.is_region
    assert layout.base_config_path == (tmp_path / "mkdocs.yml").resolve()
    assert layout.docs_dir == (region / "content").resolve()  # as MkDocs resolves it
    assert layout.base_docs_dir == (tmp_path / "content").resolve()
    assert layout.custom_dir == (region / "overrides").resolve()
    assert layout.base_custom_dir == (tmp_path / "overrides").resolve()
    base = site_layout(tmp_path / "mkdocs.yml")
    assert not base.is_region and base.docs_dir == base.base_docs_dir
