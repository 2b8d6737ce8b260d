"""Standalone trainer pages for one bank in one language: presentation, worksheet, key.

Each page is a whole HTML document with its own small stylesheet and script (files,
never inline: the site runs under a strict Content-Security-Policy). The quiz itself
is the quiz renderer's markup, so a question reads the same on the site, on the
projector and on paper:

* presentation: large type, a title slide with the QR code, then one question at a
  time (trainer.js), the answer revealed on request; without JavaScript, every
  question in a column with its answer folded;
* worksheet: every question with its options to tick, name/unit/date lines, no
  answers (print CSS hides them);
* answer key: the same questions with the answer, each option's feedback, the
  explanation and the legal basis open.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from markupsafe import Markup

from sosialisasi.address import example_note, is_example
from sosialisasi.quiz.markdown import QuizMarkdown
from sosialisasi.quiz.model import Bank
from sosialisasi.quiz.render import Links, RenderOptions, render_bank
from sosialisasi.trainer.exam import bank_version, render_exam_page
from sosialisasi.trainer.qr import qr_svg
from sosialisasi.trainer.strings import JS_KEYS, trainer_strings
from sosialisasi.trainer.templating import environment
from sosialisasi.trainer.titles import head_title


class PageKind(StrEnum):
    """The page, named by its folder under ``kuis/<bank>/``."""

    PRESENT = "presentasi"
    WORKSHEET = "lembar"
    KEY = "kunci"
    EXAM = "ujian"  # pre-test / post-test (trainer/exam.py)


TITLE_KEYS = {
    PageKind.PRESENT: "present",
    PageKind.WORKSHEET: "worksheet",
    PageKind.KEY: "answer_key",
    PageKind.EXAM: "exam",
}


@dataclass(frozen=True)
class Alternate:
    locale: str
    name: str  # the language's own name: "English", "Bahasa Indonesia"
    url: str


@dataclass(frozen=True)
class TrainerLinks:
    """Where a trainer page links to, relative to that page (None: nowhere to go)."""

    stylesheet: str
    script: str
    quiz_page: str | None = None  # the bank's quiz page on this site
    quiz_url: str | None = None  # the same page at site_url: what the QR code opens
    qr_file: str | None = None
    icon: str | None = None  # the site's favicon (else the browser asks for /favicon.ico)
    siblings: Mapping[PageKind, str] = field(default_factory=dict)
    alternates: tuple[Alternate, ...] = ()
    # Every asset file by its name under the assets folder ('exam.js', 'vendor/jsQR.js').
    assets: Mapping[str, str] = field(default_factory=dict)
    exam_url: str | None = None  # the bank's exam page at site_url: the second QR code


def render_trainer_page(
    bank: Bank,
    kind: PageKind,
    locale: str,
    links: TrainerLinks,
    *,
    site_name: str = "",
    fallback_locale: str | None = None,
    quiz_links: Links | None = None,
) -> str:
    """The whole HTML document of one trainer page."""
    if kind is PageKind.EXAM:
        return render_exam_page(
            bank,
            locale,
            links,
            site_name=site_name,
            fallback_locale=fallback_locale,
            quiz_links=quiz_links,
        )
    strings = trainer_strings(locale)
    options = RenderOptions(
        heading_level=2,
        interactive=False,
        reveal=kind is PageKind.KEY,
        id_prefix="tp",
        show_title=False,
    )
    quiz = render_bank(
        bank, locale, links=quiz_links, options=options, fallback_locale=fallback_locale
    )
    markdown = QuizMarkdown()
    title = Markup(markdown.inline(bank.title.get(locale, fallback_locale)))
    description = bank.description.get(locale, fallback_locale) if bank.description else ""
    qr = exam_qr = address_note = None
    if kind is PageKind.PRESENT and links.quiz_url:
        label = strings["qr_label"].replace("{url}", links.quiz_url)
        qr = qr_svg(links.quiz_url, label=label)
        address_note = example_note(locale) if is_example(links.quiz_url) else None
    if kind is PageKind.PRESENT and links.exam_url:
        label = strings["qr_label"].replace("{url}", links.exam_url)
        exam_qr = qr_svg(links.exam_url, label=label, dom_id="tp-qr-exam")
    return (
        environment()
        .get_template("trainer.html")
        .render(
            kind=kind.value,
            kinds=PageKind,
            locale=locale,
            strings=strings,
            js_strings={key: strings[key] for key in JS_KEYS},
            page_title=strings[TITLE_KEYS[kind]],
            head_title=head_title(
                strings[TITLE_KEYS[kind]], str(title.striptags()), site_name, strings["col_quiz"]
            ),
            title=title,
            description=Markup(markdown.block(description)) if description else None,
            count=len(bank.questions),
            quiz=quiz,
            qr=qr,
            address_note=address_note,
            exam_qr=exam_qr,
            bank_id=bank.id,
            version=bank_version(bank),
            room_strings={k: v for k, v in strings.items() if k.startswith("room_")},
            links=links,
            site_name=site_name,
            tool_names={k: strings[TITLE_KEYS[k]] for k in PageKind},
        )
    )
