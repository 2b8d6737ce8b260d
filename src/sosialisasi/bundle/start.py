"""BUKA-SAYA.html ("open me"): the bundle's start page, in every language of the site.

A plain page next to ``index.html`` that says which file to open, that nothing
needs a network, and what does not work from ``file://``. No script, no style.
"""

from __future__ import annotations

from markupsafe import escape

from sosialisasi.project import Project

START_PAGE = "BUKA-SAYA.html"

TEXT: dict[str, dict[str, str]] = {
    "id": {
        "open": "Buka situs dalam Bahasa Indonesia",
        "how": "Cara memakai salinan ini",
        "points": (
            "Salinan ini berjalan tanpa internet. Buka berkas ini atau index.html dengan "
            "peramban (Chrome, Edge, atau Firefox).|"
            "Simpan dan pindahkan seluruh folder ini bersama-sama; satu berkas saja tidak "
            "cukup.|"
            "Menu, pencarian, pergantian bahasa, kuis (jawaban tersimpan di peramban ini), "
            "mode presentasi, lembar soal, dan lembar ikrar bisa dipakai.|"
            "Kode QR di mode presentasi menuju situs daring: ponsel peserta memerlukan "
            "internet untuk membukanya.|"
            "Alamat yang tidak ada tidak menampilkan halaman 404 situs; kembali ke "
            "index.html."
        ),
    },
    "en": {
        "open": "Open the site in English",
        "how": "How to use this copy",
        "points": (
            "This copy works without internet. Open this file or index.html in a browser "
            "(Chrome, Edge or Firefox).|"
            "Keep and move this whole folder together; a single file is not enough.|"
            "Menus, search, the language switch, quizzes (answers are kept in this "
            "browser), presentation mode, worksheets and the pledge sheet all work.|"
            "The QR codes of presentation mode point to the online site: participants' "
            "phones need internet to open them.|"
            "An address that does not exist does not show the site's 404 page; go back "
            "to index.html."
        ),
    },
}


def start_page(project: Project) -> str:
    languages = project.languages
    default = languages[0].locale
    site_name = escape(str(project.config.get("site_name") or ""))
    parts = [
        "<!doctype html>",
        f'<html lang="{escape(default)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{site_name}</title></head>",
        f"<body><main><h1>{site_name}</h1>",
    ]
    links = []
    for lang in languages:
        text = TEXT.get(lang.locale, TEXT["en"])
        href = f"{lang.prefix}index.html"
        links.append(f'<li lang="{escape(lang.locale)}"><a href="{href}">{text["open"]}</a></li>')
    parts.append(f"<ul>{''.join(links)}</ul>")
    for lang in languages:
        text = TEXT.get(lang.locale, TEXT["en"])
        items = "".join(f"<li>{escape(point)}</li>" for point in text["points"].split("|"))
        parts.append(
            f'<section lang="{escape(lang.locale)}"><h2>{escape(text["how"])}</h2>'
            f"<ul>{items}</ul></section>"
        )
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
