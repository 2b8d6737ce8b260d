"""Config (a) is plain Material with the repository's settings, (b) is the repository's own,
and the pages to weigh are picked from what the site has."""

from __future__ import annotations

from pathlib import Path

from bench.configs import kit_parts, read_mkdocs_yml, without_part, write_configs
from bench.generate import generate
from bench.pages import pick, url_path
from tests.helpers import REPO, mkdocs_build


def test_plain_config_keeps_material_settings_and_drops_the_kit(tmp_path: Path):
    site = generate(tmp_path, 3)
    paths = write_configs(site, REPO)
    repo = read_mkdocs_yml(REPO / "mkdocs.yml")
    plain = read_mkdocs_yml(paths["plain"])
    names = [p if isinstance(p, str) else next(iter(p)) for p in plain["plugins"]]
    assert names == ["search", "i18n"]
    assert "custom_dir" not in plain["theme"]
    assert plain["theme"]["features"] == repo["theme"]["features"]
    assert plain["docs_dir"] == "content-plain"
    assert all("sosialisasi" not in str(ext) for ext in plain["markdown_extensions"])
    assert plain["nav"] == site.nav


def test_full_config_is_the_repository_config_on_the_synthetic_pages(tmp_path: Path):
    site = generate(tmp_path, 3)
    path = write_configs(site, REPO)["full"]
    full, repo = read_mkdocs_yml(path), read_mkdocs_yml(REPO / "mkdocs.yml")
    assert full == {**repo, "docs_dir": "content", "nav": site.nav}
    # tags survive the copy (a region INHERITs the base; the benchmark must not)
    assert "INHERIT" not in full
    assert "site_url: !ENV" in path.read_text("utf-8")
    # relative paths of the repository config (overrides/ …) resolve from the synthetic root
    assert (tmp_path / "overrides").resolve() == (REPO / "overrides").resolve()


def test_url_paths_follow_directory_urls():
    assert url_path("index.md") == ""
    assert url_path("materi/larangan.md") == "materi/larangan/"
    assert url_path("materi/index.md") == "materi/"


def test_pick_finds_home_a_page_without_quiz_and_one_with_a_quiz_in_both_languages(
    tmp_path: Path,
):
    site = generate(tmp_path, 7)
    targets, missing = pick(write_configs(site, REPO)["full"])
    assert missing == []
    assert [(t.kind, t.locale, t.path) for t in targets] == [
        ("home", "id", ""),
        ("home", "en", "en/"),
        ("content", "id", "modul-01/topik-01/"),
        ("content", "en", "en/modul-01/topik-01/"),
        ("quiz", "id", "modul-01/topik-05/"),
        ("quiz", "en", "en/modul-01/topik-05/"),
    ]


def test_pick_reports_a_missing_kind_instead_of_inventing_one(tmp_path: Path):
    site = generate(tmp_path, 3)  # no fifth page: no quiz
    targets, missing = pick(write_configs(site, REPO)["full"])
    assert {t.kind for t in targets} == {"home", "content"}
    assert len(missing) == 1 and missing[0].startswith("quiz:")


def test_both_configs_build_strictly_and_only_the_synthetic_pages(tmp_path: Path):
    site = generate(tmp_path / "src", 6)
    built = {}
    for name, config in write_configs(site, REPO).items():
        result = mkdocs_build(config, tmp_path / name)
        assert result.returncode == 0, result.stderr[-3000:]
        built[name] = {
            str(p.parent.relative_to(tmp_path / name))
            for p in (tmp_path / name).rglob("index.html")
            # pages the kit generates, not the synthetic site's own: the trainer pages of its
            # bank (sosialisasi/trainer) and the booklet of its guidance (sosialisasi/booklet)
            if not {"kuis", "buklet"} & set(p.relative_to(tmp_path / name).parts)
        }
    expected = {".", "materi/referensi"} | {f"modul-01/topik-{n:02d}" for n in range(1, 7)}
    expected |= {"en"} | {f"en/{page}" for page in expected if page != "."}
    # nothing of the real content/ leaks in (a base build, not a region overlay)
    assert built["plain"] == built["full"] == expected


def test_each_part_of_the_kit_can_be_left_out_of_config_b():
    full = read_mkdocs_yml(REPO / "mkdocs.yml")
    parts = kit_parts(full)
    assert "sosialisasi/quiz" in parts and parts[-1] == "overrides"
    for part in parts:
        less = without_part(full, part)
        assert kit_parts(less) == [p for p in parts if p != part]
        assert less["markdown_extensions"] == full["markdown_extensions"]
