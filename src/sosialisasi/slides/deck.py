"""A session plan of the trainer's guide as an editable .pptx (python-pptx).

The deck follows the plan's rows in order: a slide per row (what, how long, with
what), then that row's content: the talking points of the topic whose page the row
names, the discussion scenarios (their answer direction in the speaker notes), the
quiz questions (answer, explanation and legal basis in the notes). The title and
closing slides carry the QR code to the site. Placeholders of PowerPoint's own
layouts hold every text, so a trainer edits the deck as any other.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import segno
from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt

from sosialisasi.export.context import plain_text
from sosialisasi.quiz.model import Bank, Question, QuestionType
from sosialisasi.slides.guide import Guide, Step
from sosialisasi.slides.strings import slide_strings

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9, what projectors show today
MARGIN = Inches(0.6)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TITLE, _CONTENT, _TITLE_ONLY = 0, 1, 5  # layouts of python-pptx's default template


@dataclass(frozen=True)
class DeckInput:
    guide: Guide
    session: int  # 45 or 90
    locale: str
    fallback: str
    site_name: str
    site_url: str | None  # the site in this language, what the QR code opens
    banks_by_page: Mapping[str, tuple[Bank, tuple[str, ...] | None]]  # doc -> bank, selection


def _text(value: object, data: DeckInput) -> str:
    getter = getattr(value, "get", None)
    raw = getter(data.locale, data.fallback) if getter else str(value or "")
    return plain_text(raw)


def _size(lines: Sequence[str], width: float = 871.0, height: float = 370.0) -> Pt:
    """The largest type at which ``lines`` fit a box of ``width`` x ``height`` points.

    An average character is about half the type size wide and a line 1.3 times as
    tall (paragraph spacing included): a conservative guess, so text never overflows.
    """
    for size in (28, 24, 20, 18, 16):
        per_line = max(1, int(width / (0.52 * size)))
        rows = sum(max(1, -(-len(line) // per_line)) for line in lines)
        if rows * 1.3 * size <= height:
            return Pt(size)
    return Pt(14)


class _Deck:
    def __init__(self, data: DeckInput):
        self.data = data
        self.t = slide_strings(data.locale)
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = WIDTH, HEIGHT

    def _place(self, shape, top: int, height: int, left: int = MARGIN, width: int = 0) -> None:
        shape.left, shape.top = Emu(left), Emu(top)
        shape.width = Emu(width or WIDTH - left - MARGIN)
        shape.height = Emu(height)

    def slide(self, title: str, lines: Iterable[str] = (), notes: str = "", qr: bool = False):
        lines = [line for line in lines if line]
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[_CONTENT])
        slide.shapes.title.text = title
        self._place(slide.shapes.title, Inches(0.35), Inches(1.2))
        body = slide.placeholders[1]
        width = WIDTH - 2 * MARGIN - (Inches(4.2) if qr else 0)
        self._place(body, Inches(1.7), HEIGHT - Inches(2.2), width=width)
        frame = body.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE  # sized by _size: the same in every viewer
        size = _size(lines, width=(width - Inches(0.4)) / 12700)
        for index, line in enumerate(lines or [""]):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.text = line
            for run in paragraph.runs:  # on the runs: Impress ignores a paragraph default
                run.font.size = size
        if qr:
            self.qr(slide)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
        return slide

    def qr(self, slide) -> None:
        if not self.data.site_url:
            return
        image = io.BytesIO()
        segno.make(self.data.site_url, error="m").save(image, kind="png", scale=10, border=4)
        image.seek(0)
        side = Inches(3.8)
        slide.shapes.add_picture(image, WIDTH - MARGIN - side, Inches(1.7), side, side)
        caption = slide.shapes.add_textbox(WIDTH - MARGIN - side, Inches(5.6), side, Inches(1))
        caption.text_frame.word_wrap = True
        caption.text_frame.text = self.data.site_url
        for run in caption.text_frame.paragraphs[0].runs:
            run.font.size = Pt(16)

    def title_slide(self) -> None:
        data, t = self.data, self.t
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[_TITLE])
        slide.shapes.title.text = data.guide.title
        narrow = WIDTH - 2 * MARGIN - Inches(4.4)  # beside the QR code
        self._place(slide.shapes.title, Inches(1.2), Inches(2), width=narrow)
        subtitle = slide.placeholders[1]
        subtitle.text = "\n".join(
            s for s in (t["session"].format(n=data.session), data.site_name) if s
        )
        self._place(subtitle, Inches(3.4), Inches(2), width=narrow)
        self.qr(slide)
        slide.notes_slide.notes_text_frame.text = t["title_notes"]

    def agenda(self, steps: Sequence[Step]) -> None:
        lines = [f"{s.time}  ({s.minutes}′)  {s.activity}" for s in steps]
        self.slide(self.t["agenda"], lines, notes=self.data.guide.plan_titles[self.data.session])

    def step(self, step: Step) -> None:
        head, _, rest = step.activity.partition(":")
        lines = [rest.strip()] if rest.strip() else []
        lines.append(self.t["minutes"].format(n=step.minutes, time=step.time))
        notes = f"{self.t['material']}: {step.material}" if step.material else ""
        self.slide(head.strip(), lines, notes)

    def question(self, bank: Bank, question: Question, number: int, total: int) -> None:
        data, t = self.data, self.t
        options = question.options
        if question.type is QuestionType.TRUE_FALSE:
            options = tuple(sorted(options, key=lambda o: o.id != "true"))
        labels = []
        for index, option in enumerate(options):
            if question.type is QuestionType.TRUE_FALSE:
                text = _text(option.text, data) if option.text else t[option.id]
                labels.append((text, option.correct))
            else:
                labels.append((f"{LETTERS[index]}. {_text(option.text, data)}", option.correct))
        lines = [_text(question.text, data), *(label for label, _ in labels)]
        notes = "\n".join(
            (
                f"{t['answer']}: " + "; ".join(label for label, ok in labels if ok),
                f"{t['explanation']}: {_text(question.explanation, data)}",
                f"{t['basis']}: " + "; ".join(question.basis),
                f"{t['quiz']}: {_text(bank.title, data)} ({bank.id}/{question.id})",
            )
        )
        self.slide(t["question"].format(i=number, n=total), lines, notes)


def _questions(pages: Sequence[str], limit: int, data: DeckInput) -> list[tuple[Bank, Question]]:
    """Up to ``limit`` questions, taken in turn from the banks of ``pages``."""
    queues = []
    for page in pages:
        found = data.banks_by_page.get(page)
        if found is not None and all(found[0] is not q[0] for q in queues):
            bank, selection = found
            queues.append((bank, list(bank.select(selection))))
    chosen: list[tuple[Bank, Question]] = []
    while len(chosen) < limit and any(q for _, q in queues):
        for bank, queue in queues:
            if queue and len(chosen) < limit:
                chosen.append((bank, queue.pop(0)))
    return chosen


def build_deck(data: DeckInput) -> Any:
    """The deck of ``data.session`` minutes (see the module docstring)."""
    deck = _Deck(data)
    guide = data.guide
    steps = guide.plans[data.session]
    used: set[int] = set()
    deck.title_slide()
    deck.agenda(steps)
    for step in steps:
        deck.step(step)
        for index, topic in enumerate(guide.topics):
            if index not in used and topic.page in step.pages:
                used.add(index)
                deck.slide(topic.title, topic.points)
        if "skenario" in step.anchors:
            for scenario in guide.scenarios:
                lines = [scenario.situation, *scenario.questions]
                deck.slide(f"{deck.t['scenario']}: {scenario.title}", lines, scenario.answer)
        if step.questions:
            pages = guide.quiz_pages if "kuis" in step.anchors else step.pages
            chosen = _questions(pages, step.questions, data)
            for number, (bank, question) in enumerate(chosen, start=1):
                deck.question(bank, question, number, len(chosen))
    for index, topic in enumerate(guide.topics):
        if index not in used:
            deck.slide(topic.title, topic.points)
    deck.slide(deck.t["closing"], [deck.t["closing_text"]], qr=True)
    return deck.prs
