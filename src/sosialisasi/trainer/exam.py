"""Pre-test and post-test: a bank as an exam, and the result code a phone shows after it.

The exam page is the quiz renderer's markup (the same questions, options and
explanations as the self-check quiz) driven by exam.js instead of quiz.js: questions
and options are shuffled per attempt, nothing is checked until the end, then one
score and the review. Question and option ids never change, so the result code lists
right and wrong answers in the bank's own order whatever the order shown.

The result code (a QR code drawn on the phone, read by the trainer's laptop) is text:

    SQR1|<bank id>|<bank version>|<phase: pre, post>|<attempt id>|<1/0 per question>|<initials>

``bank version`` is :func:`bank_version`: it changes when a question is added, removed,
reordered or its answer key changes, so the room's tally never mixes two versions.
Nothing identifies the participant unless they type initials (at most 4 letters).
"""

from __future__ import annotations

import hashlib
from typing import Any

from markupsafe import Markup

from sosialisasi.quiz.markdown import QuizMarkdown
from sosialisasi.quiz.model import Bank
from sosialisasi.quiz.render import Links, RenderOptions, render_bank
from sosialisasi.trainer.strings import trainer_strings
from sosialisasi.trainer.templating import environment
from sosialisasi.trainer.titles import head_title

RESULT_PREFIX = "SQR1"
PHASES = ("pre", "post")

# Vendored npm files (see assets/vendor/README.md): path under the assets folder -> SHA-256.
VENDORED = {
    "vendor/jsQR.js": "bc40c8a15196236b2314db0856f72ca0b49980cd5413b8c852a7349f5fee0859",
    "vendor/qrcode.js": "79ec86f82856005b1c887905cfccfcfbec3821ca61c7fd5a952faa5f778f791c",
}
LICENCES = ("vendor/jsQR.LICENSE.txt", "vendor/qrcode.LICENSE.txt")


def bank_version(bank: Bank) -> str:
    """A short hash of the bank's question ids, order and answer keys."""
    text = "\n".join(f"{q.id}:{q.key_hash}" for q in bank.questions)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def result_code(
    bank: Bank, phase: str, attempt: str, correct: dict[str, bool], initials: str = ""
) -> str:
    """The result code exam.js draws, built in Python for tests and printed examples."""
    bits = "".join("1" if correct.get(q.id) else "0" for q in bank.questions)
    return "|".join((RESULT_PREFIX, bank.id, bank_version(bank), phase, attempt, bits, initials))


def render_exam_page(
    bank: Bank,
    locale: str,
    links: Any,
    *,
    site_name: str = "",
    fallback_locale: str | None = None,
    quiz_links: Links | None = None,
) -> str:
    """The whole HTML document of the exam page (``links`` is a ``TrainerLinks``)."""
    strings = trainer_strings(locale)
    options = RenderOptions(heading_level=2, interactive=True, id_prefix="sx", show_title=False)
    quiz = render_bank(
        bank, locale, links=quiz_links, options=options, fallback_locale=fallback_locale
    )
    markdown = QuizMarkdown()
    title = Markup(markdown.inline(bank.title.get(locale, fallback_locale)))
    js_keys = [key for key in strings if key.startswith("exam_")]
    return (
        environment()
        .get_template("exam.html")
        .render(
            locale=locale,
            strings=strings,
            js_strings={key: strings[key] for key in js_keys},
            title=title,
            head_title=head_title(
                strings["exam"], str(title.striptags()), site_name, strings["col_quiz"]
            ),
            bank=bank,
            version=bank_version(bank),
            count=len(bank.questions),
            quiz=quiz,
            links=links,
            site_name=site_name,
        )
    )
