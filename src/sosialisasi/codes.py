"""Every finding code of the kit, in one registry: its default severity, what it
means, and how to fix it.

Codes never change meaning: CI annotations, the authors' guides
(``content/panduan/check.*``, ``content/panduan/menulis-kuis.*``) and per-code severity
settings rely on them. Every family lives here: the page-level checks (C, F, D, T, L,
B, H), quiz banks (Q), region data and pages (R), the pledge page (P) and the checker
itself (X). The guides' tables and the tests read this table; a new code is added here
first. Messages of a single finding still say the specifics (which field, which
line); ``summary`` and ``fix`` are what every finding of the code shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sosialisasi.diagnostics import Diagnostic, Severity


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity  # the default; a site may change it (extra.sosialisasi_check)
    summary: str
    fix: str

    @property
    def family(self) -> str:
        return self.code[0]


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

CODES: dict[str, Code] = {
    c.code: c
    for c in (
        # F: page frontmatter
        Code(
            "F100",
            _E,
            "The page has no frontmatter.",
            "Start the file with '---', then 'title', 'description', 'last_reviewed',"
            " 'review_by', then '---'.",
        ),
        Code(
            "F101",
            _E,
            "The frontmatter cannot be read: invalid YAML, never closed, no mapping.",
            "Put text that contains ': ' or starts with a special character in double"
            " quotes, e.g. 'description: \"Elections: what is allowed\"'.",
        ),
        Code(
            "F102",
            _E,
            "title is missing, empty or not text.",
            "Write 'title:' with the page title.",
        ),
        Code(
            "F103",
            _E,
            "description is missing, empty or not text.",
            "Write a one or two sentence summary.",
        ),
        Code(
            "F104",
            _E,
            "last_reviewed is missing or not a date (YYYY-MM-DD).",
            "Write the date as YYYY-MM-DD, e.g. '2026-11-23'.",
        ),
        Code(
            "F105",
            _E,
            "review_by is missing or not a date (YYYY-MM-DD).",
            "Write the date as YYYY-MM-DD.",
        ),
        Code(
            "F106",
            _E,
            "review_by is not after last_reviewed.",
            "Set 'review_by' to the next review date.",
        ),
        Code(
            "F107",
            _I,
            "Unknown frontmatter field (often a typo).",
            "Fix the spelling, or delete the field.",
        ),
        Code(
            "F108",
            _E,
            "A frontmatter field is written twice.",
            "Delete one of the two.",
        ),
        Code(
            "F109",
            _W,
            "last_reviewed lies in the future.",
            "Write the date the content was actually checked.",
        ),
        # D: review dates
        Code(
            "D101",
            _W,
            "The page is past its review date (readers see a notice).",
            "Check the content against its sources, then update 'last_reviewed' and 'review_by'.",
        ),
        Code(
            "D102",
            _I,
            "The page's review date is near.",
            "Plan the review before that date.",
        ),
        # T: translations
        Code(
            "T101",
            _E,
            "A page is missing in one of the site's languages.",
            "Translate it into 'page.en.md' beside it, with the same headings and anchors.",
        ),
        Code(
            "T102",
            _W,
            "The language versions of a page have different sections (headings).",
            "Give every language version the same headings in the same order; "
            "translate the missing sections.",
        ),
        Code(
            "T103",
            _W,
            "A nav section title has no translation for a language.",
            "Add the title to that language's 'nav_translations' in 'mkdocs.yml'.",
        ),
        # L: links and anchors
        Code(
            "L101",
            _E,
            "A link points at a page or file that does not exist.",
            "Write the path of the '.md' file relative to this page, without the language suffix.",
        ),
        Code(
            "L102",
            _E,
            "A link points at an anchor the target page does not define.",
            "Use the '{ #id }' written on the target heading, or the heading's slug "
            "(lowercase, hyphens).",
        ),
        Code(
            "L103",
            _W,
            "A link starts with '/': it breaks when the site is under a sub-path.",
            "Write a relative path, e.g. '../materi/larangan.md'.",
        ),
        Code(
            "L104",
            _W,
            "A link points at a built address (folder/ or .html), not the .md file.",
            "Link to the Markdown file, e.g. 'larangan.md'.",
        ),
        Code(
            "L105",
            _E,
            "The same anchor is defined twice in one page.",
            "Give each section its own '{ #id }'.",
        ),
        Code(
            "L106",
            _E,
            "nav names a page that does not exist.",
            "Fix the path under the content folder, without the language suffix.",
        ),
        # B: the references page
        Code(
            "B101",
            _W,
            "Quiz banks cite sources but the references page is missing.",
            "Create 'materi/referensi.md' with one heading per source, e.g. '### PP "
            "No. 94 Tahun 2021 { #pp-94-2021 }'.",
        ),
        Code(
            "B102",
            _I,
            "A source on the references page is cited by no page and no quiz.",
            "Cite it where it supports a statement, or remove it from the references page.",
        ),
        # H: unsafe page text
        Code(
            "H101",
            _E,
            "Raw HTML in a page (it is shown as text).",
            "Use Markdown ('bold', '[text](page.md)', tables). To show a tag as text,"
            " put it in backticks: '' '<b>' ''.",
        ),
        Code(
            "H102",
            _E,
            "A link or image uses an unsafe scheme such as javascript:.",
            "Link to a page ('page.md') or to an 'https://', 'mailto:' or 'tel:' address.",
        ),
        Code(
            "H103",
            _E,
            "An attribute list sets an attribute pages may not set (onclick=, style=, ...).",
            "Attribute lists may set #id, .class, title, lang, dir, alt, width, height,"
            " loading, align and target=_blank; delete the rest.",
        ),
        Code(
            "H104",
            _E,
            "A page shows an image from another host (it tracks readers, breaks offline).",
            "Save the image in the content folder and link its path (gambar/foto.png), or"
            " set remote_images: true on the sosialisasi/check plugin.",
        ),
        # S: files in the author folders the site refuses to read or publish
        Code(
            "S101",
            _E,
            "A symlink, device, FIFO or oversized file in a content, quiz or region folder.",
            "Copy the file itself into the folder instead of linking to it; make an"
            " oversized file smaller.",
        ),
        Code(
            "S102",
            _E,
            "A static file of a type the site does not publish (.html, .js, .css, ...).",
            "Write a page as Markdown, or save the document as PDF; content folders hold"
            " pages, images, documents, audio and video.",
        ),
        Code(
            "S103",
            _E,
            "An SVG image holds script, an event handler or an outside resource.",
            "Export the image again without scripts and links, or save it as PNG.",
        ),
        # Q: quiz banks and the pages that show them
        Code(
            "Q100",
            _E,
            "The file cannot be read: no frontmatter, or invalid YAML.",
            "Start the file with a line '---', then the YAML, then another line '---'.",
        ),
        Code(
            "Q101",
            _E,
            "Unknown field (often a typo).",
            "Fix the spelling; the message names the fields this place allows.",
        ),
        Code(
            "Q102",
            _E,
            "A required field is missing.",
            "Add the field the message names.",
        ),
        Code(
            "Q103",
            _E,
            "A text is missing in one of the site's languages.",
            'Add the text in every language of the site: {id: "…", en: "…"}.',
        ),
        Code(
            "Q104",
            _E,
            "An id is not lowercase letters, digits and hyphens, or differs from the file name.",
            "Use lowercase letters, digits and hyphens; the bank id equals the file name.",
        ),
        Code(
            "Q105",
            _E,
            "Two questions of a bank have the same id.",
            "Give each question its own id.",
        ),
        Code(
            "Q106",
            _E,
            "Two options of a question have the same id.",
            "Give each option of the question its own id.",
        ),
        Code(
            "Q107",
            _E,
            "Unknown question type.",
            "Use one of the types single, multiple, true-false.",
        ),
        Code(
            "Q108",
            _E,
            "A single or true-false question does not have exactly one correct option.",
            "Mark exactly one option 'correct: true'.",
        ),
        Code(
            "Q109",
            _E,
            "A multiple question has no correct option.",
            "Mark at least one option 'correct: true'.",
        ),
        Code(
            "Q110",
            _E,
            "The bank has no questions.",
            "Add at least one question under 'questions:'.",
        ),
        Code(
            "Q111",
            _E,
            "A value has the wrong kind (e.g. a list where text is expected).",
            'Write the kind the message asks for; quote text such as "yes" or "true".',
        ),
        Code(
            "Q112",
            _E,
            "A true-false question's options are not exactly 'true' and 'false'.",
            'Give the options the ids "true" and "false".',
        ),
        Code(
            "Q113",
            _E,
            "A single or multiple question has fewer than two options.",
            "Add options until the question has at least two.",
        ),
        Code(
            "Q114",
            _E,
            "A key is written twice in the same block.",
            "Delete one of the two keys.",
        ),
        Code(
            "Q116",
            _E,
            "A question's legal basis is empty.",
            "Write the legal basis, e.g. 'PP 94/2021 Pasal 5 huruf n'.",
        ),
        Code(
            "Q117",
            _E,
            "reread is not a page path such as materi/larangan.md#anchor.",
            "Write the path under the docs folder, e.g. materi/larangan.md#media-sosial.",
        ),
        Code(
            "Q120",
            _E,
            "A page names a bank that does not exist.",
            "Use the id of a bank in quizzes/ (its file name without .md).",
        ),
        Code(
            "Q121",
            _E,
            "A page names a question id that is not in the bank.",
            "Use question ids the bank has.",
        ),
        Code(
            "Q122",
            _W,
            "No page uses the bank (warning).",
            "Add 'quiz: <bank>' to the page it belongs to, or delete the bank.",
        ),
        Code(
            "Q123",
            _E,
            "A page's quiz field is not written as a bank id or {bank, questions}.",
            "Write 'quiz: bank-id' or 'quiz: {bank: bank-id, questions: [id, ...]}'.",
        ),
        Code(
            "Q124",
            _E,
            "The language versions of a page name different banks or questions.",
            "Name the same bank and questions in every language version.",
        ),
        Code(
            "Q125",
            _E,
            "reread names a page that does not exist.",
            "Write an existing page path without the language suffix.",
        ),
        Code(
            "Q126",
            _W,
            "A basis source has no anchor on the references page (warning).",
            "Start the basis with a source listed on the references page, or add it there.",
        ),
        Code(
            "Q127",
            _W,
            "reread points at an anchor the page does not define (warning).",
            "Give the heading an explicit anchor in every language version, e.g. '{ #anchor }'.",
        ),
        # C: the check's own settings in mkdocs.yml
        Code(
            "C101",
            _W,
            "A severity setting names a code that does not exist.",
            "Use a code from this list.",
        ),
        Code(
            "C102",
            _E,
            "A severity setting is not error, warning, info or ignore.",
            "Write one of those four.",
        ),
        Code(
            "C103",
            _E,
            "The check settings (extra.sosialisasi_check) are not written right.",
            "Follow the example in [Severities](#tingkat).",
        ),
        # R: region data, region pages and the overlay
        Code(
            "R100",
            _E,
            "The regional data file is not found.",
            "Create it with 'sosialisasi new-region', or fix 'extra.region_file'.",
        ),
        Code(
            "R101",
            _E,
            "'region.yml' cannot be read: invalid YAML, not UTF-8, nested too deeply,"
            " or a value that is not valid (such as the date 2024-02-30).",
            "Check the indentation (spaces, not tabs) and quote values that contain ':' or '#'.",
        ),
        Code(
            "R102",
            _E,
            "'region.yml' is not a list of fields.",
            "Start from the template written by 'sosialisasi new-region'.",
        ),
        Code(
            "R103",
            _E,
            "A field is written twice.",
            "Delete one of the two.",
        ),
        Code(
            "R104",
            _E,
            "Unknown field.",
            "Fix the spelling (the message names a similar field).",
        ),
        Code(
            "R105",
            _E,
            "A value has the wrong kind, e.g. a list where text is expected.",
            "Write the kind the message asks for.",
        ),
        Code(
            "R106",
            _E,
            "Unknown level of government.",
            "Use 'provinsi', 'kabupaten' or 'kota'.",
        ),
        Code(
            "R107",
            _E,
            "A value is not a date.",
            "Write YYYY-MM-DD, or leave it empty if unknown.",
        ),
        Code(
            "R108",
            _E,
            "Text for readers is not given per language, or uses a language the site "
            "does not have.",
            'Write it as \'{id: "…", en: "…"}\'.',
        ),
        Code(
            "R109",
            _E,
            "Invalid web address.",
            "Give a full 'http://' or 'https://' address without spaces.",
        ),
        Code(
            "R110",
            _E,
            "Invalid e-mail address.",
            "For example 'name@example.go.id'.",
        ),
        Code(
            "R111",
            _E,
            "A named file is not in the region's content folder.",
            "Copy the file there, or fix the path.",
        ),
        Code(
            "R112",
            _E,
            "A circular number is listed twice.",
            "Remove the duplicate entry.",
        ),
        Code(
            "R113",
            _E,
            "'source' names a source that is not under 'sources'.",
            "Add the source, or fix the key.",
        ),
        Code(
            "R114",
            _E,
            "'unknown:' names something that is not a field.",
            "Fix the spelling.",
        ),
        Code(
            "R115",
            _W,
            "A field is listed under 'unknown:' but has a value.",
            "Remove it from 'unknown:'.",
        ),
        Code(
            "R116",
            _E,
            "A source key is used twice.",
            "Give each source its own key.",
        ),
        Code(
            "R117",
            _E,
            "A source has no key.",
            "Add 'key:', e.g. 'S01'.",
        ),
        Code(
            "R120",
            _E,
            "Template syntax error in a page.",
            "Make sure every pair of double braces and every 'if' or 'for' block is closed.",
        ),
        Code(
            "R121",
            _E,
            "A page uses an unknown name.",
            "Pages only know 'region' and 'lang'; check the spelling.",
        ),
        Code(
            "R122",
            _E,
            "A page tries to reach into Python internals; this is refused.",
            "Only show region fields, e.g. 'region.name'.",
        ),
        Code(
            "R123",
            _W,
            'A page shows a regional field that is still empty; readers see a "not '
            'filled yet" marker.',
            "Fill in the field in 'region.yml', or list it under 'unknown:' if no source gives it.",
        ),
        Code(
            "R124",
            _I,
            "A page shows a field the region lists under 'unknown:'.",
            "Fill it in once a source gives it.",
        ),
        Code(
            "R125",
            _E,
            "A template failed to run.",
            "Simplify the expression; pages may only show and test region fields.",
        ),
        Code(
            "R126",
            _E,
            "A template goes over its time (5 s) or size (2 million characters) limit.",
            "Pages only show and test region fields; remove the loop or repetition.",
        ),
        Code(
            "R131",
            _W,
            "The region replaces a national page in one language only.",
            "Add the replacement in every language.",
        ),
        Code(
            "R132",
            _I,
            "The region replaces a national page.",
            "Nothing to do; make sure it is intended.",
        ),
        # P: the pledge page
        Code(
            "P101",
            _E,
            "The pledge page has no '{ #formulir }' or '{ #teks-ikrar }' section "
            "(checked during the build).",
            "Add both level-two headings.",
        ),
        Code(
            "P102",
            _E,
            "The pledge text section is empty (checked during the build).",
            "Write the pledge under the '{ #teks-ikrar }' heading.",
        ),
        # X: the checker itself
        Code(
            "X000",
            _E,
            "A group of checks stopped because of a bug in sosialisasi itself; the "
            "other checks still ran.",
            "Report the message to the kit's maintainers.",
        ),
    )
}


def code(name: str) -> Code:
    """The registry entry of ``name``; a KeyError names a code that was never registered."""
    return CODES[name]


def family(letter: str) -> dict[str, Code]:
    """The codes of one family ('Q', 'R', ...)."""
    return {name: entry for name, entry in CODES.items() if entry.family == letter}


def finding(
    name: str,
    message: str,
    *,
    file: Path | None = None,
    line: int | None = None,
    hint: str = "",
    subject: str = "",
) -> Diagnostic:
    """A finding of a registered code at its default severity (a site may change it)."""
    return Diagnostic(
        name, CODES[name].severity, message, file=file, line=line, hint=hint, subject=subject
    )
