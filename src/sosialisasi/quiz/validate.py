"""Turn a bank file into a ``Bank``, or into diagnostics an author can act on.

Every problem is a ``Diagnostic`` with a stable ``Q1xx`` code (listed in ``CODES``
and in the author's guide), the file and line, the question id, what is wrong and
how to fix it. A bank with any error yields no ``Bank``: nothing half-valid is
ever rendered.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sosialisasi.codes import family
from sosialisasi.diagnostics import Diagnostic, Severity
from sosialisasi.quiz.load import Source, YamlPath, read_source, scalar_text
from sosialisasi.quiz.model import Bank, LocalizedText, Option, Question, QuestionType

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REREAD_PATTERN = re.compile(r"^(?![/.])[A-Za-z0-9_./-]+\.md(?:#[A-Za-z0-9_-]+)?$")

# Stable codes (registered in sosialisasi.codes): code -> what it means.
CODES: dict[str, str] = {name: entry.summary for name, entry in family("Q").items()}

BANK_FIELDS = ("id", "title", "description", "questions")
QUESTION_FIELDS = ("id", "type", "text", "options", "explanation", "basis", "reread")
OPTION_FIELDS = ("id", "text", "correct", "feedback")
TRUE_FALSE_IDS = ("true", "false")
LANGUAGE_KEY = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")

LANGUAGE_NAMES = {"id": "Indonesian", "en": "English"}


@dataclass(frozen=True)
class QuestionLinks:
    """What a question points at outside its bank, read even when the question is invalid.

    The cross-file checks (reread target, basis source) run on these, so one run of
    ``sosialisasi check`` reports them together with the bank's own errors.
    """

    where: YamlPath
    subject: str
    reread: str | None
    basis: tuple[str, ...]


# How YAML 1.2 (the schema, editors, most tools) writes a boolean; PyYAML (YAML 1.1)
# also reads yes/no/on/off as booleans, so those are refused where a boolean is wanted.
YAML12_BOOLEANS = frozenset({"true", "false"})


@dataclass
class BankReport:
    """What validating one bank file found: the bank (when valid) and the problems."""

    path: Path
    bank_id: str  # the file name stem: how pages name the bank
    bank: Bank | None
    question_ids: tuple[str, ...]  # every id found, even in an invalid bank
    diagnostics: list[Diagnostic] = field(default_factory=list)
    source: Source | None = None
    links: tuple[QuestionLinks, ...] = ()

    @property
    def valid(self) -> bool:
        return self.bank is not None

    def line(self, path: YamlPath) -> int | None:
        """Source line of a field of the bank, e.g. ("questions", 2, "reread")."""
        return self.source.line(path) if self.source else None


def load_bank(path: Path, locales: Sequence[str]) -> BankReport:
    """Read and validate one bank file against the site's languages."""
    return validate_source(read_source(path), locales)


def validate_source(source: Source, locales: Sequence[str]) -> BankReport:
    checker = _BankChecker(source, tuple(locales))
    bank = checker.check()
    report = BankReport(
        path=source.path,
        bank_id=source.path.stem,
        bank=bank,
        question_ids=tuple(checker.question_ids),
        diagnostics=[*source.diagnostics, *checker.diagnostics],
        source=source,
        links=tuple(checker.links),
    )
    if any(d.severity is Severity.ERROR for d in report.diagnostics):
        report.bank = None
    return report


class _BankChecker:
    def __init__(self, source: Source, locales: tuple[str, ...]):
        self.source = source
        self.locales = locales
        self.diagnostics: list[Diagnostic] = []
        self.question_ids: list[str] = []
        self.links: list[QuestionLinks] = []

    # -- reporting ---------------------------------------------------------------------

    def report(
        self,
        code: str,
        where: YamlPath,
        message: str,
        hint: str,
        subject: str = "",
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.diagnostics.append(
            Diagnostic(
                code=code,
                severity=severity,
                message=message,
                file=self.source.path,
                line=self.source.line(where),
                hint=hint,
                subject=subject,
            )
        )

    # -- bank --------------------------------------------------------------------------

    def check(self) -> Bank | None:
        data = self.source.data
        if self.source.diagnostics and data is None:
            return None
        if not isinstance(data, dict):
            self.report(
                "Q111",
                (),
                "the frontmatter is not a set of 'key: value' fields.",
                "Write the bank as fields: id, title, questions.",
            )
            return None
        self.unknown_fields(data, BANK_FIELDS, (), "bank")
        bank_id = self.bank_id(data)
        title = self.localized(data, ("title",), "", required=True, what="title")
        description = self.localized(data, ("description",), "", what="description")
        questions = self.questions(data)
        if bank_id is None or title is None or questions is None:
            return None
        return Bank(
            id=bank_id,
            title=title,
            questions=tuple(questions),
            description=description,
            path=self.source.path,
        )

    def bank_id(self, data: dict[str, Any]) -> str | None:
        stem = self.source.path.stem
        if "id" not in data:
            self.report(
                "Q102",
                (),
                "the bank has no id.",
                f"Add 'id: {stem}' (the bank id equals the file name).",
            )
            return None
        value = data["id"]
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.report(
                "Q104",
                ("id",),
                f"the bank id {scalar_text(value)!r} is not lowercase letters, digits and hyphens.",
                f"Use the file name: 'id: {stem}'.",
            )
            return None
        if value != stem:
            self.report(
                "Q104",
                ("id",),
                f"the bank id '{value}' differs from the file name '{stem}'.",
                f"Pages name a bank by its file name: rename the file to '{value}.md' "
                f"or write 'id: {stem}'.",
            )
            return None
        return value

    def questions(self, data: dict[str, Any]) -> list[Question] | None:
        if "questions" not in data:
            self.report(
                "Q102",
                (),
                "the bank has no 'questions' list.",
                "Add 'questions:' with at least one question (see the author's guide).",
            )
            return None
        items = data["questions"]
        if items is None or items == []:
            self.report(
                "Q110",
                ("questions",),
                "the bank has no questions.",
                "Add at least one question under 'questions:', or delete the bank.",
            )
            return None
        if not isinstance(items, list):
            self.report(
                "Q111",
                ("questions",),
                "'questions' must be a list (each question starts with '- id: ...').",
                "Write each question as a list item starting with '- '.",
            )
            return None
        seen: dict[str, int] = {}
        result: list[Question] = []
        ok = True
        for index, item in enumerate(items):
            question = self.question(item, ("questions", index), index, seen)
            if question is None:
                ok = False
            else:
                result.append(question)
        return result if ok else None

    # -- question ----------------------------------------------------------------------

    def question(
        self, item: Any, where: YamlPath, index: int, seen: dict[str, int]
    ) -> Question | None:
        label = f"question {index + 1}"
        if not isinstance(item, dict):
            self.report(
                "Q111",
                where,
                f"{label} is not a set of fields.",
                "Write a question as '- id: ...' followed by type, text, options, "
                "explanation and basis.",
                subject=label,
            )
            return None
        qid = self.question_id(item, where, label, seen)
        subject = qid or label
        self.unknown_fields(item, QUESTION_FIELDS, where, "question", subject)
        qtype = self.question_type(item, where, subject)
        text = self.localized(item, (*where, "text"), subject, required=True, what="text")
        options = self.options(item, where, subject, qtype)
        explanation = self.localized(
            item, (*where, "explanation"), subject, required=True, what="explanation"
        )
        basis = self.basis(item, where, subject)
        reread = self.reread(item, where, subject)
        self.links.append(
            QuestionLinks(where, subject, reread if isinstance(reread, str) else None, basis or ())
        )
        if None in (qid, qtype, text, options, explanation, basis) or reread is False:
            return None
        assert isinstance(reread, str | None)
        return Question(
            id=qid,  # type: ignore[arg-type]
            type=qtype,  # type: ignore[arg-type]
            text=text,  # type: ignore[arg-type]
            options=tuple(options),  # type: ignore[arg-type]
            explanation=explanation,  # type: ignore[arg-type]
            basis=basis,  # type: ignore[arg-type]
            reread=reread,
            line=self.source.line(where),
        )

    def question_id(
        self, item: dict[str, Any], where: YamlPath, label: str, seen: dict[str, int]
    ) -> str | None:
        if "id" not in item or item["id"] is None:
            self.report(
                "Q102",
                where,
                f"{label} has no id.",
                "Add 'id: a-short-name' (lowercase letters, digits, hyphens), unique in "
                "this bank and never reused for a different question.",
                subject=label,
            )
            return None
        qid = self.source.text((*where, "id"), item["id"])
        if not self.is_text((*where, "id"), item["id"], "the question id", label):
            return None
        if not ID_PATTERN.match(qid):
            self.report(
                "Q104",
                (*where, "id"),
                f"the question id '{qid}' is not lowercase letters, digits and hyphens.",
                f"Write it like '{_suggest_id(qid)}'.",
                subject=qid,
            )
            return None
        self.question_ids.append(qid)
        if qid in seen:
            self.report(
                "Q105",
                (*where, "id"),
                f"the question id '{qid}' is already used by question {seen[qid] + 1} "
                f"(line {self.source.line(('questions', seen[qid]))}).",
                "Give each question its own id; saved answers are keyed by it.",
                subject=qid,
            )
            return None
        seen[qid] = int(where[-1])
        return qid

    def question_type(self, item: dict[str, Any], where: YamlPath, subject: str):
        if "type" not in item:
            self.report(
                "Q102",
                where,
                "the question has no type.",
                "Add 'type: single', 'type: multiple' or 'type: true-false'.",
                subject=subject,
            )
            return None
        raw = self.source.text((*where, "type"), item["type"])
        try:
            return QuestionType(raw)
        except ValueError:
            names = [t.value for t in QuestionType]
            close = difflib.get_close_matches(raw, names, n=1)
            hint = f"Did you mean '{close[0]}'? " if close else ""
            self.report(
                "Q107",
                (*where, "type"),
                f"'{raw}' is not a question type.",
                f"{hint}Use one of: {', '.join(names)}.",
                subject=subject,
            )
            return None

    # -- options -----------------------------------------------------------------------

    def options(
        self,
        item: dict[str, Any],
        where: YamlPath,
        subject: str,
        qtype: QuestionType | None,
    ) -> list[Option] | None:
        here = (*where, "options")
        if "options" not in item or item["options"] is None:
            self.report(
                "Q102",
                where,
                "the question has no options.",
                "Add 'options:' with one '- id: ...' item per answer the reader can choose.",
                subject=subject,
            )
            return None
        items = item["options"]
        if not isinstance(items, list):
            self.report(
                "Q111",
                here,
                "'options' must be a list.",
                "Write each option as a list item starting with '- id: ...'.",
                subject=subject,
            )
            return None
        options: list[Option] = []
        seen: set[str] = set()
        parts: list[tuple[str | None, bool | None]] = []  # (id, correct), None where invalid
        ok = True
        for index, raw in enumerate(items):
            option = self.option(raw, (*here, index), subject, qtype, seen, parts)
            ok = ok and option is not None
            if option is not None:
                options.append(option)
        if qtype is None:
            return None
        # The answer key is checked even when an option has an error of its own, so that
        # one run reports everything (no fix-and-rerun rounds).
        key_ok = self.answer_key(parts, here, subject, qtype)
        return options if ok and key_ok else None

    def option(
        self,
        raw: Any,
        where: YamlPath,
        subject: str,
        qtype: QuestionType | None,
        seen: set[str],
        parts: list[tuple[str | None, bool | None]],
    ) -> Option | None:
        label = f"option {int(where[-1]) + 1}"
        if not isinstance(raw, dict):
            parts.append((None, None))
            self.report(
                "Q111",
                where,
                f"{label} is not a set of fields.",
                "Write an option as '- id: a' followed by text and correct.",
                subject=subject,
            )
            return None
        if "id" not in raw or raw["id"] is None:
            self.report(
                "Q102",
                where,
                f"{label} has no id.",
                'Add \'id: a\' (or b, c, ...; for true-false: "true" and "false").',
                subject=subject,
            )
            oid = None
        else:
            oid = self.source.text((*where, "id"), raw["id"])
        about = f"{subject}/{oid or label}"
        if oid is not None and not self.is_text((*where, "id"), raw["id"], "the option id", about):
            oid = None
        self.unknown_fields(raw, OPTION_FIELDS, where, "option", about)
        if oid is not None and not ID_PATTERN.match(oid):
            self.report(
                "Q104",
                (*where, "id"),
                f"the option id '{oid}' is not lowercase letters, digits and hyphens.",
                f"Write it like '{_suggest_id(oid)}'.",
                subject=about,
            )
            oid = None
        elif oid is not None and oid in seen:
            self.report(
                "Q106",
                (*where, "id"),
                f"the option id '{oid}' is used twice in this question.",
                "Give each option of a question its own id.",
                subject=about,
            )
            oid = None
        if oid is not None:
            seen.add(oid)
        correct = raw.get("correct", False)
        if not isinstance(correct, bool):
            self.report(
                "Q111",
                (*where, "correct"),
                f"'correct' must be true or false, not {scalar_text(correct)!r}.",
                "Write 'correct: true' on the right option(s) and 'correct: false' on the others.",
                subject=about,
            )
            correct = None
        elif not self.is_boolean((*where, "correct"), about):
            correct = None
        parts.append((oid, correct))
        text_required = qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE)
        text = self.localized(raw, (*where, "text"), about, required=text_required, what="text")
        feedback = self.localized(raw, (*where, "feedback"), about, what="feedback")
        text_ok = text is not None or (not text_required and "text" not in raw)
        feedback_ok = feedback is not None or "feedback" not in raw
        if oid is None or correct is None or not text_ok or not feedback_ok:
            return None
        return Option(id=oid, correct=correct, text=text, feedback=feedback)

    def answer_key(
        self,
        parts: list[tuple[str | None, bool | None]],
        where: YamlPath,
        subject: str,
        qtype: QuestionType,
    ) -> bool:
        """The options as a whole; parts an option's own error left unknown are skipped."""
        ids = [oid for oid, _ in parts if oid is not None]
        correct = [oid or "?" for oid, right in parts if right]
        ids_known = len(ids) == len(parts)
        # An option whose 'correct' is already reported: counting would only add noise.
        correct_known = all(right is not None for _, right in parts)
        if qtype is QuestionType.TRUE_FALSE:
            if ids_known and sorted(ids) != sorted(TRUE_FALSE_IDS):
                self.report(
                    "Q112",
                    where,
                    f'a true-false question needs exactly two options, "true" and '
                    f'"false"; found: {", ".join(ids) or "none"}.',
                    "Write the options '- id: \"true\"' and '- id: \"false\"' (text optional).",
                    subject=subject,
                )
                return False
            if not ids_known:
                return False
        elif len(parts) < 2:
            self.report(
                "Q113",
                where,
                f"a {qtype.value} question needs at least two options; found {len(parts)}.",
                "Add the options the reader chooses between, or make it a true-false question.",
                subject=subject,
            )
            return False
        if not correct_known:
            return False
        if qtype is QuestionType.MULTIPLE and not correct:
            self.report(
                "Q109",
                where,
                "no option is marked correct.",
                "Mark at least one option 'correct: true'.",
                subject=subject,
            )
            return False
        if qtype is not QuestionType.MULTIPLE and len(correct) != 1:
            found = ", ".join(correct) if correct else "none"
            self.report(
                "Q108",
                where,
                f"a {qtype.value} question needs exactly one correct option; correct now: {found}.",
                "Mark exactly one option 'correct: true', or use 'type: multiple' when "
                "several answers are right.",
                subject=subject,
            )
            return False
        return True

    # -- basis and reread --------------------------------------------------------------

    def basis(self, item: dict[str, Any], where: YamlPath, subject: str) -> tuple[str, ...] | None:
        here = (*where, "basis")
        if "basis" not in item:
            self.report(
                "Q102",
                where,
                "the question has no legal basis.",
                "Add 'basis: \"PP 94/2021 Pasal 5 huruf n\"' (a source listed on the "
                "references page, then the article).",
                subject=subject,
            )
            return None
        raw = item["basis"]
        values = raw if isinstance(raw, list) else [raw]
        if not all(isinstance(v, str | int | float) or v is None for v in values):
            self.report(
                "Q111",
                here,
                "'basis' must be a text or a list of texts.",
                "Write 'basis: \"UU 20/2023 Pasal 24\"' or a list of such texts.",
                subject=subject,
            )
            return None
        paths = [(*here, i) if isinstance(raw, list) else here for i in range(len(values))]
        texts_ok = [
            self.is_text(path, v, "the legal basis", subject)
            for path, v in zip(paths, values, strict=True)
        ]
        if not all(texts_ok):
            return None
        written = [
            self.source.text(path, v)
            for path, v in zip(paths, values, strict=True)
            if v is not None
        ]
        texts = tuple(text.strip() for text in written if text.strip())
        if not texts:
            self.report(
                "Q116",
                here,
                "the legal basis is empty.",
                "Name the regulation and article the answer rests on, e.g. "
                "'UU 20/2023 Pasal 24 ayat (1) huruf d'.",
                subject=subject,
            )
            return None
        return texts

    def reread(self, item: dict[str, Any], where: YamlPath, subject: str) -> str | bool | None:
        """The reread path, None when absent, False when invalid."""
        raw = item.get("reread")
        if raw is None:
            return None
        if not isinstance(raw, str) or not REREAD_PATTERN.match(raw.strip()):
            self.report(
                "Q117",
                (*where, "reread"),
                f"reread {scalar_text(raw)!r} is not a page path.",
                "Write the page's path under the docs folder without the language suffix, "
                "then an optional #anchor: 'materi/larangan.md#media-sosial'.",
                subject=subject,
            )
            return False
        return raw.strip()

    # -- shared ------------------------------------------------------------------------

    def is_text(self, where: YamlPath, value: Any, what: str, subject: str) -> bool:
        """False (and a Q111) for an unquoted true/false where the format wants text.

        YAML reads it as a boolean (the schema and editors say "expected string"); the
        kit used to turn it back into text silently, so a bank passed here and failed
        everywhere else.
        """
        if not isinstance(value, bool):
            return True
        written = self.source.text(where, value)
        if written.lower() not in YAML12_BOOLEANS:
            return True  # Yes/No/on/off: text in YAML 1.2, kept as written (documented)
        key = f"{where[-1]}: " if isinstance(where[-1], str) else ""
        self.report(
            "Q111",
            where,
            f"{what} is written {written} without quotes, which YAML reads as a yes/no "
            "value, not as text.",
            f'Quote it: {key}"{written}".',
            subject=subject,
        )
        return False

    def is_boolean(self, where: YamlPath, subject: str) -> bool:
        """False (and a Q111) for 'correct: yes' and other YAML 1.1-only booleans."""
        written = self.source.written.get(where, "true").lower()
        if written in YAML12_BOOLEANS:
            return True
        self.report(
            "Q111",
            where,
            f"'{where[-1]}: {self.source.written[where]}' is a yes/no word only old YAML "
            "reads as true or false; the schema, editors and other YAML tools read it as text.",
            f"Write '{where[-1]}: {'true' if written in ('yes', 'on') else 'false'}'.",
            subject=subject,
        )
        return False

    def unknown_fields(
        self,
        data: Mapping[str, Any],
        known: Sequence[str],
        where: YamlPath,
        what: str,
        subject: str = "",
    ) -> None:
        for key in data:
            if key in known:
                continue
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = (
                f"Did you mean '{close[0]}'?"
                if close
                else f"A {what} may have: {', '.join(known)}."
            )
            self.report(
                "Q101",
                (*where, key),
                f"unknown {what} field '{key}'.",
                hint,
                subject=subject,
            )

    def localized(
        self,
        data: Mapping[str, Any],
        where: YamlPath,
        subject: str,
        *,
        required: bool = False,
        what: str,
    ) -> LocalizedText | None:
        key = where[-1]
        if key not in data or data[key] is None:
            if required:
                self.report(
                    "Q102",
                    where[:-1],
                    f"'{what}' is missing.",
                    f"Add '{key}:' with one text per language: "
                    + ", ".join(f"{loc}: ..." for loc in self.locales)
                    + ".",
                    subject=subject,
                )
            return None
        raw = data[key]
        if not isinstance(raw, dict):
            self.report(
                "Q111",
                where,
                f"'{what}' must have one text per language, not a single text.",
                "Write it as " + "{" + ", ".join(f'{loc}: "..."' for loc in self.locales) + "}.",
                subject=subject,
            )
            return None
        texts: dict[str, str] = {}
        ok = True
        for locale, value in raw.items():
            if isinstance(value, dict | list):
                self.report(
                    "Q111",
                    (*where, locale),
                    f"the '{locale}' text of '{what}' is not a text.",
                    "Quote the text; use '|' for several paragraphs.",
                    subject=subject,
                )
                ok = False
            elif not self.is_text(
                (*where, locale), value, f"the '{locale}' text of '{what}'", subject
            ):
                ok = False
            elif value is not None and str(value).strip():
                texts[str(locale)] = self.source.text((*where, locale), value).strip()
            if not LANGUAGE_KEY.match(str(locale)):
                self.report(
                    "Q101",
                    (*where, locale),
                    f"'{locale}' in '{what}' is not a language code.",
                    "Use the site's language codes: " + ", ".join(self.locales) + ".",
                    subject=subject,
                )
                ok = False
        for locale in self.locales:
            if locale not in texts:
                name = LANGUAGE_NAMES.get(locale, locale)
                self.report(
                    "Q103",
                    where if locale not in raw else (*where, locale),
                    f"the {name} ({locale}) text of '{what}' is missing.",
                    f"Add '{locale}: \"...\"' under '{key}'; every text is needed in every "
                    "language of the site.",
                    subject=subject,
                )
                ok = False
        return LocalizedText.of(texts) if ok else None


def _suggest_id(raw: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-")
    return slug or "my-question"


def errors(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.ERROR]
