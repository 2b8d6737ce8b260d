"""The Decap CMS configuration of one site, and the Content-Security-Policy of /admin/.

Everything here is data: the plugin passes in where the region lives in the
repository and which languages the site has, and gets back the dict written as
admin/config.yml, so the form can never drift from the region model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sosialisasi.editor.fields import region_fields
from sosialisasi.editor.settings import EditorSettings

# Pinned in vendor/decap-cms/MANIFEST.json; the editor's page names it for support questions.
DECAP_FILE = "decap-cms.js"


@dataclass(frozen=True)
class SitePaths:
    """Where the editor's files are, relative to the repository root (decap-server's folder)."""

    region_file: str  # regions/jembrana/region.yml ('' for a site without region data)
    content_dir: str  # regions/jembrana/content (or content for the national site)
    locales: tuple[str, ...]
    default_locale: str
    site_url: str = ""


def _backend(settings: EditorSettings) -> dict[str, Any]:
    backend: dict[str, Any] = {
        "name": settings.backend,
        # Without a repo the editor works only on this computer (local mode).
        "repo": settings.repo or "belum-diatur/belum-diatur",
        "branch": settings.branch,
        "squash_merges": True,
        "commit_messages": {
            "create": "Editor: buat {{collection}} “{{slug}}”",
            "update": "Editor: ubah {{collection}} “{{slug}}”",
            "delete": "Editor: hapus {{collection}} “{{slug}}”",
            "uploadMedia": "Editor: unggah “{{path}}”",
            "deleteMedia": "Editor: hapus “{{path}}”",
        },
    }
    if settings.backend == "gitlab":
        backend["auth_type"] = "pkce"
        if settings.app_id:
            backend["app_id"] = settings.app_id
        if settings.base_url:
            backend["base_url"] = settings.base_url
            backend["api_root"] = settings.api_root or f"{settings.base_url}/api/v4"
            backend["auth_endpoint"] = settings.auth_endpoint or "oauth/authorize"
        elif settings.api_root:
            backend["api_root"] = settings.api_root
    else:
        if settings.base_url:
            backend["base_url"] = settings.base_url
        if settings.auth_endpoint:
            backend["auth_endpoint"] = settings.auth_endpoint
        if settings.api_root:
            backend["api_root"] = settings.api_root
    return backend


def _pages_collection(settings: EditorSettings, paths: SitePaths) -> dict[str, Any]:
    folder = f"{paths.content_dir}/{settings.pages_folder}"
    date = {
        "widget": "datetime",
        "format": "YYYY-MM-DD",
        "date_format": "YYYY-MM-DD",
        "time_format": False,
        "i18n": "duplicate",
    }
    return {
        "name": "halaman",
        "label": "Halaman daerah",
        "label_singular": "halaman",
        "description": (
            "Halaman daerah dalam Bahasa Indonesia dan Inggris, berdampingan. "
            "Halaman baru dibuat dalam kedua bahasa sekaligus."
        ),
        "folder": folder,
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "delete": False,
        "slug": "{{slug}}",
        "summary": "{{title}}",
        "i18n": True,
        "media_folder": "",
        "public_folder": "",
        "fields": [
            {
                "name": "title",
                "label": "Judul",
                "widget": "string",
                "i18n": True,
                "hint": "Judul halaman, juga dipakai sebagai nama berkas halaman baru.",
            },
            {
                "name": "description",
                "label": "Deskripsi singkat",
                "widget": "string",
                "i18n": True,
                "hint": "Satu kalimat untuk mesin pencari dan pratinjau tautan (F103).",
            },
            {
                **date,
                "name": "last_reviewed",
                "label": "Terakhir diperiksa",
                "default": "{{now}}",
                "hint": "Tanggal isi halaman terakhir diperiksa terhadap sumbernya (F104).",
            },
            {
                **date,
                "name": "review_by",
                "label": "Periksa lagi paling lambat",
                "hint": (
                    "Biasanya enam bulan setelah tanggal pemeriksaan. Setelah tanggal ini "
                    "situs menampilkan pemberitahuan peninjauan (F105, F106)."
                ),
            },
            {
                "name": "body",
                "label": "Isi halaman",
                "widget": "markdown",
                "i18n": True,
                # Raw Markdown only: the rich-text mode rewrites Markdown and would break
                # the {{ region.… }} expressions and {% for %} blocks of the region pages.
                "modes": ["raw"],
                "hint": (
                    "Markdown. Bagian {{ region.… }} diisi otomatis dari Data daerah: "
                    "jangan diubah, ubah datanya."
                ),
            },
        ],
    }


def decap_config(settings: EditorSettings, paths: SitePaths) -> dict[str, Any]:
    """The whole CMS configuration (admin/config.yml) of one site."""
    media_folder = f"{paths.content_dir}/{settings.pages_folder}/berkas"
    media = {"media_folder": f"/{media_folder}", "public_folder": f"{settings.pages_folder}/berkas"}
    collections: list[dict[str, Any]] = []
    if paths.region_file:
        collections.append(
            {
                "name": "daerah",
                "label": "Data daerah",
                "description": "Nama, pejabat, surat edaran, kontak, dan sumber (region.yml).",
                "editor": {"preview": True},
                "files": [
                    {
                        "name": "region",
                        "label": "Data daerah",
                        "file": paths.region_file,
                        "format": "yml",
                        "fields": region_fields(paths.locales, media),
                    }
                ],
            }
        )
    collections.append(_pages_collection(settings, paths))
    config: dict[str, Any] = {
        "backend": _backend(settings),
        # decap-server on this computer, used only when /admin/ is opened from localhost.
        "local_backend": {
            "url": f"http://127.0.0.1:{settings.local_port}/api/v1",
            "allowed_hosts": ["127.0.0.1", "localhost"],
        },
        "locale": "id",
        "media_folder": media_folder,
        "public_folder": f"{settings.pages_folder}/berkas",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "i18n": {
            "structure": "multiple_files",
            "locales": list(paths.locales),
            "default_locale": paths.default_locale,
        },
        "collections": collections,
    }
    if paths.site_url:
        config["site_url"] = paths.site_url
        config["display_url"] = paths.site_url
    return config


def admin_csp(settings: EditorSettings) -> str:
    """The editor's own policy: the CMS bundle needs eval and inline styles; it talks only
    to this site, the Git host, and decap-server on this computer."""
    local = f"http://127.0.0.1:{settings.local_port} http://localhost:{settings.local_port}"
    directives: Sequence[tuple[str, str]] = (
        ("default-src", "'none'"),
        # Decap compiles its config schema (ajv) with new Function().
        ("script-src", "'self' 'unsafe-eval'"),
        # React/emotion styles are injected at run time.
        ("style-src", "'self' 'unsafe-inline'"),
        ("img-src", " ".join(("'self'", "data:", "blob:", *settings.image_origins))),
        ("media-src", "'self' blob:"),
        ("font-src", "'self' data:"),
        # blob: the CMS reads back the files it just uploaded.
        ("connect-src", " ".join(("'self'", "blob:", *settings.git_origins, local))),
        ("worker-src", "'self' blob:"),
        ("frame-src", "'self' blob:"),
        ("form-action", "'self'"),
        ("base-uri", "'none'"),
        ("frame-ancestors", "'none'"),
    )
    return "; ".join(f"{name} {value}" for name, value in directives)
