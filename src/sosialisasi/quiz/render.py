"""A bank (or some of its questions) as semantic, accessible HTML in one language.

The HTML works on its own: without JavaScript every question is readable and its
answer and explanation sit in a ``details`` element; quiz.js only adds checking,
feedback, progress and printing on top. Links are resolved by a ``Links`` object
so the same renderer serves the MkDocs plugin, printable answer keys and a later
engine. Every text is escaped, or rendered as Markdown with raw HTML off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from sosialisasi.quiz.citation import cite_basis
from sosialisasi.quiz.markdown import QuizMarkdown
from sosialisasi.quiz.model import Bank, LocalizedText, Option, Question, QuestionType
from sosialisasi.quiz.strings import JS_KEYS, ui_strings

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Links(Protocol):
    """Where quiz links go; the MkDocs plugin answers from the site being built."""

    def page(self, doc: str, anchor: str) -> str | None:
        """URL of a page ('materi/larangan.md') and anchor, relative to the current page."""

    def page_title(self, doc: str) -> str | None:
        """Title of that page in the reader's language."""

    def basis(self, basis: str) -> str | None:
        """URL of the references-page entry a basis cites, or None to show plain text."""


class NoLinks:
    """Renders reread and basis as plain text: for previews and tests."""

    def page(self, doc: str, anchor: str) -> str | None:
        return None

    def page_title(self, doc: str) -> str | None:
        return None

    def basis(self, basis: str) -> str | None:
        return None


@dataclass(frozen=True)
class RenderOptions:
    """How to render. Presentation and answer-key pages (issue 7) reuse the renderer."""

    questions: tuple[str, ...] | None = None  # page's selection, in its order; None: all
    heading_level: int = 2
    interactive: bool = True  # check/retry buttons, progress, print tools (quiz.js)
    reveal: bool = False  # answer and explanation open (answer key, trainer)
    id_prefix: str = "sq"
    show_title: bool = True
    footer: Markup | None = None  # last line inside the quiz (the trainer's links)


@dataclass(frozen=True)
class _OptionView:
    id: str
    letter: str
    label: Markup
    correct: bool
    feedback: Markup | None


@dataclass(frozen=True)
class _QuestionView:
    id: str
    dom_id: str
    type: str
    input_type: str
    number: int
    hash: str
    plain: bool
    text: Markup
    hint: str
    options: list[_OptionView]
    explanation: Markup
    basis: list[tuple[str, str | None]]
    reread: tuple[str, str] | None  # (url, link text)
    feedback: list[_OptionView] = field(default_factory=list)


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("sosialisasi.quiz", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env


def render_bank(
    bank: Bank,
    locale: str,
    *,
    links: Links | None = None,
    options: RenderOptions | None = None,
    fallback_locale: str | None = None,
) -> Markup:
    """HTML of ``bank`` in ``locale`` (``fallback_locale`` fills any missing text)."""
    links = links or NoLinks()
    options = options or RenderOptions()
    strings = ui_strings(locale)
    md = QuizMarkdown(links.page)

    def text(value: LocalizedText | None) -> str:
        return value.get(locale, fallback_locale) if value is not None else ""

    questions = [
        _question_view(bank, question, number, locale, strings, md, links, options, text)
        for number, question in enumerate(bank.select(options.questions), start=1)
    ]
    js_strings = {key: strings[key] for key in JS_KEYS}
    html = (
        _environment()
        .get_template("quiz.html")
        .render(
            bank=bank,
            bank_dom_id=f"{options.id_prefix}-{bank.id}",
            title=Markup(md.inline(text(bank.title))),
            description=Markup(md.block(text(bank.description))) if bank.description else None,
            questions=questions,
            strings=strings,
            js_strings=js_strings,
            options=options,
            heading=f"h{min(max(options.heading_level, 2), 6)}",
        )
    )
    return Markup(html)


def render_title(bank: Bank, locale: str, fallback_locale: str | None = None) -> Markup:
    """The bank title as safe inline HTML (Markdown, raw HTML shown as text): for a TOC."""
    return Markup(QuizMarkdown().inline(bank.title.get(locale, fallback_locale)))


def _question_view(
    bank: Bank,
    question: Question,
    number: int,
    locale: str,
    strings: Any,
    md: QuizMarkdown,
    links: Links,
    options: RenderOptions,
    text: Any,
) -> _QuestionView:
    raw_text = text(question.text)
    plain = md.is_plain(raw_text)
    shown = question.options
    if question.type is QuestionType.TRUE_FALSE:  # always "true" first, as readers expect
        shown = tuple(sorted(shown, key=lambda option: option.id != "true"))
    option_views = [
        _option_view(question, option, index, strings, md, text)
        for index, option in enumerate(shown)
    ]
    reread = None
    if question.reread:
        doc, _, anchor = question.reread.partition("#")
        url = links.page(doc, anchor)
        if url is not None:
            title = links.page_title(doc)
            label = f"{strings['reread']}: {title}" if title else strings["reread"]
            reread = (url, label)
    hints = {
        QuestionType.SINGLE: "hint_single",
        QuestionType.MULTIPLE: "hint_multiple",
        QuestionType.TRUE_FALSE: "hint_true_false",
    }
    return _QuestionView(
        id=question.id,
        dom_id=f"{options.id_prefix}-{bank.id}-{question.id}",
        type=question.type.value,
        input_type="checkbox" if question.type is QuestionType.MULTIPLE else "radio",
        number=number,
        hash=question.key_hash,
        plain=plain,
        text=Markup(md.inline(raw_text) if plain else md.block(raw_text)),
        hint=strings[hints[question.type]],
        options=option_views,
        explanation=Markup(md.block(text(question.explanation))),
        basis=[(cite_basis(basis, locale), links.basis(basis)) for basis in question.basis],
        reread=reread,
        feedback=[view for view in option_views if view.feedback is not None],
    )


def _option_view(
    question: Question, option: Option, index: int, strings: Any, md: QuizMarkdown, text: Any
) -> _OptionView:
    if question.type is QuestionType.TRUE_FALSE:
        label = Markup(md.inline(text(option.text))) if option.text else strings[option.id]
        letter = ""
    else:
        label = Markup(md.inline(text(option.text)))
        letter = LETTERS[index] if index < len(LETTERS) else str(index + 1)
    feedback = Markup(md.block(text(option.feedback))) if option.feedback else None
    return _OptionView(
        id=option.id, letter=letter, label=label, correct=option.correct, feedback=feedback
    )
