"""The editor's configuration is generated from the region model and mirrors its rules."""

from __future__ import annotations

import re

import pytest

from sosialisasi.editor.decap import SitePaths, admin_csp, decap_config
from sosialisasi.editor.fields import CONTENT_FILE, OBJECTS, region_fields
from sosialisasi.editor.settings import EditorSettings, SettingsError, parse_settings
from sosialisasi.region.model import REGION_FIELDS

PATHS = SitePaths(
    region_file="regions/jembrana/region.yml",
    content_dir="regions/jembrana/content",
    locales=("id", "en"),
    default_locale="id",
    site_url="https://netralitas.example.org/jembrana/",
)
MEDIA = {"media_folder": "/m", "public_folder": "daerah/berkas"}


def _walk(fields: list[dict]) -> list[dict]:
    found = []
    for field in fields:
        found.append(field)
        found += _walk(field.get("fields", []))
    return found


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_every_model_field_has_an_indonesian_label_and_nothing_else(name):
    """The drift guard: a field added to the model without a form field fails here."""
    allowed, labels = OBJECTS[name]
    assert set(labels) == set(allowed)
    assert all(label.strip() for label, _ in labels.values())


def test_the_region_form_has_every_field_of_region_yml_in_model_order():
    fields = region_fields(("id", "en"), MEDIA)
    assert [f["name"] for f in fields] == list(REGION_FIELDS)
    by_name = {f["name"]: f for f in fields}
    assert by_name["name"]["required"] is True
    assert by_name["level"]["widget"] == "select"
    assert [o["value"] for o in by_name["level"]["options"]] == ["provinsi", "kabupaten", "kota"]
    # Prose per language (R108): one input per site language.
    assert [f["name"] for f in by_name["site_name"]["fields"]] == ["id", "en"]
    circular = {f["name"]: f for f in by_name["circulars"]["fields"]}
    assert circular["date"]["widget"] == "datetime"
    assert circular["date"]["time_format"] is False
    assert circular["file"]["widget"] == "file"
    # Everything optional stays optional: a region fills in what it knows.
    required = {f["name"] for f in _walk(fields) if f.get("required")}
    assert required == {"name", "level", "key"}


def _pattern(fields, name: str) -> re.Pattern[str]:
    field = next(f for f in _walk(fields) if f["name"] == name and "pattern" in f)
    return re.compile(field["pattern"][0])


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        (
            "url",
            ["https://a.go.id/x?y=1", "http://b.id"],
            ["a.go.id", "https://a b", "javascript:x"],
        ),
        ("email", ["humas@jembranakab.go.id"], ["humas", "a@b", "<a@b.id>"]),
        ("key", ["S01", "S97b", "bali.1"], ["-S1", "S 1", ""]),
        ("file", ["daerah/se.pdf", "daerah/berkas/se-1.pdf"], ["/etc/passwd", "../x.pdf", "a\\b"]),
    ],
)
def test_patterns_refuse_what_the_validator_reports(name, good, bad):
    fields = region_fields(("id", "en"), MEDIA)
    pattern = _pattern(fields, name)
    assert all(pattern.match(value) for value in good)
    assert not any(pattern.match(value) for value in bad)


def test_content_file_pattern_matches_r111():
    assert re.match(CONTENT_FILE, "daerah/a..b.pdf")
    assert not re.match(CONTENT_FILE, "daerah/../../x")


def test_config_has_the_region_file_and_pages_in_both_languages():
    config = decap_config(EditorSettings(repo="pemkab-jembrana/netralitas"), PATHS)
    assert config["backend"] == {
        **config["backend"],
        "name": "github",
        "repo": "pemkab-jembrana/netralitas",
        "branch": "main",
    }
    assert config["i18n"] == {
        "structure": "multiple_files",
        "locales": ["id", "en"],
        "default_locale": "id",
    }
    region, pages = config["collections"]
    assert region["files"][0]["file"] == "regions/jembrana/region.yml"
    assert pages["folder"] == "regions/jembrana/content/daerah"
    assert pages["i18n"] is True and pages["create"] is True
    body = next(f for f in pages["fields"] if f["name"] == "body")
    assert body["modes"] == ["raw"]  # rich text would rewrite {{ region.… }}
    assert config["local_backend"]["url"] == "http://127.0.0.1:8081/api/v1"


def test_national_site_without_region_file_gets_only_pages():
    paths = SitePaths("", "content", ("id", "en"), "id")
    config = decap_config(EditorSettings(pages_folder="materi"), paths)
    assert [c["name"] for c in config["collections"]] == ["halaman"]
    assert config["collections"][0]["folder"] == "content/materi"


def test_self_hosted_gitlab_uses_pkce_and_its_own_host_only():
    settings = parse_settings(
        {"backend": "gitlab", "repo": "diskominfo/netralitas", "app_id": "abc123",
         "base_url": "https://gitlab.jembranakab.go.id"}
    )  # fmt: skip
    backend = decap_config(settings, PATHS)["backend"]
    assert backend["auth_type"] == "pkce"
    assert backend["api_root"] == "https://gitlab.jembranakab.go.id/api/v4"
    assert backend["base_url"] == "https://gitlab.jembranakab.go.id"
    csp = admin_csp(settings)
    assert "connect-src 'self' blob: https://gitlab.jembranakab.go.id http://127.0.0.1:8081" in csp
    assert "github" not in csp


def test_admin_csp_allows_only_self_the_git_host_and_the_local_backend():
    csp = dict(d.split(" ", 1) for d in admin_csp(EditorSettings(local_port=9000)).split("; "))
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == "'self' 'unsafe-eval'"
    assert csp["connect-src"] == (
        "'self' blob: https://api.github.com http://127.0.0.1:9000 http://localhost:9000"
    )
    assert csp["frame-ancestors"] == "'none'"
    hosts = re.findall(r"https?://[^\s;]+", admin_csp(EditorSettings()))
    assert set(hosts) <= {
        "https://api.github.com",
        "https://avatars.githubusercontent.com",
        "http://127.0.0.1:8081",
        "http://localhost:8081",
    }


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("yes", "must be a mapping"),
        ({"backend": "bitbucket"}, "not one of github, gitlab"),
        ({"repo": "just-a-name"}, "is not owner/name"),
        ({"repo": "a/b\nc"}, "is not owner/name"),
        ({"base_url": "http://gitlab.local"}, "must be a full https://"),
        ({"base_url": 'https://x.id" onload="'}, "must be a full https://"),
        ({"api_root": "https://gitlab.x.id/api/$host"}, "must be a full https://"),
        ({"base_url": "https://gitlab.x.id; script-src *"}, "must be a full https://"),
        ({"pages_folder": "../etc"}, "must be a folder inside content/"),
        ({"local_port": "8081"}, "must be a port"),
        ({"repos": "a/b"}, "unknown key(s) repos"),
    ],
)
def test_bad_settings_get_one_clear_message(raw, message):
    with pytest.raises(SettingsError, match=re.escape(message)):
        parse_settings(raw)


def test_no_block_no_editor():
    assert parse_settings(None) is None
    assert parse_settings(False) is None
    assert parse_settings(True) == EditorSettings()
