"""Every word the quiz interface says, one dictionary per language.

Adding a language to the interface is adding one dictionary here (with the same
keys); quiz content gets its texts from the banks. ``{name}`` placeholders are
filled by the renderer (Python) or by quiz.js (the keys listed in ``JS_KEYS``).
"""

from __future__ import annotations

from collections.abc import Mapping

UI_STRINGS: dict[str, dict[str, str]] = {
    "id": {
        "quiz": "Kuis",
        "question": "Pertanyaan {n}",
        "hint_single": "Pilih satu jawaban.",
        "hint_multiple": "Pilih semua jawaban yang benar.",
        "hint_true_false": "Benar atau salah?",
        "true": "Benar",
        "false": "Salah",
        "check": "Periksa jawaban",
        "retry": "Coba lagi",
        "show_answer": "Lihat jawaban dan penjelasan",
        "hide_answer": "Tutup jawaban dan penjelasan",
        "answer": "Jawaban yang benar:",
        "option_feedback": "Tanggapan untuk setiap pilihan",
        "explanation": "Penjelasan",
        "basis": "Dasar hukum",
        "reread": "Baca lagi",
        "right": "Benar!",
        "wrong": "Belum tepat.",
        "choose_first": "Pilih jawaban terlebih dahulu.",
        "chosen_right": "Pilihan Anda: benar",
        "chosen_wrong": "Pilihan Anda: salah",
        "missed": "Jawaban yang benar",
        "score": "Skor: {c} dari {n} benar, {a} dari {n} sudah dijawab.",
        "live": "Pertanyaan {q}: {r} {s}",
        "privacy": "Jawaban Anda hanya disimpan di peramban ini, tidak dikirim ke mana pun.",
        "clear": "Hapus jawaban saya",
        "clear_ask": "Hapus {a} jawaban Anda di kuis ini?",
        "clear_yes": "Ya, hapus",
        "clear_no": "Batal",
        "cleared": "Jawaban Anda dihapus.",
        "undo": "Urungkan",
        "keys_radio": "Papan ketik: tombol panah memilih, Enter memeriksa.",
        "keys_checkbox": "Papan ketik: Tab pindah pilihan, Spasi mencentang, Enter memeriksa.",
        "print_sheet": "Cetak lembar soal",
        "print_key": "Cetak kunci jawaban",
        "key_heading": "Kunci jawaban",
    },
    "en": {
        "quiz": "Quiz",
        "question": "Question {n}",
        "hint_single": "Choose one answer.",
        "hint_multiple": "Choose every correct answer.",
        "hint_true_false": "True or false?",
        "true": "True",
        "false": "False",
        "check": "Check answer",
        "retry": "Try again",
        "show_answer": "Show the answer and explanation",
        "hide_answer": "Hide the answer and explanation",
        "answer": "Correct answer:",
        "option_feedback": "Feedback on each option",
        "explanation": "Explanation",
        "basis": "Legal basis",
        "reread": "Read again",
        "right": "Correct!",
        "wrong": "Not quite.",
        "choose_first": "Choose an answer first.",
        "chosen_right": "Your choice: correct",
        "chosen_wrong": "Your choice: incorrect",
        "missed": "The correct answer",
        "score": "Score: {c} of {n} correct, {a} of {n} answered.",
        "live": "Question {q}: {r} {s}",
        "privacy": "Your answers are stored only in this browser and are sent nowhere.",
        "clear": "Clear my answers",
        "clear_ask": "Clear your {a} answers to this quiz?",
        "clear_yes": "Yes, clear",
        "clear_no": "Cancel",
        "cleared": "Your answers were cleared.",
        "undo": "Undo",
        "keys_radio": "Keyboard: arrow keys choose, Enter checks.",
        "keys_checkbox": "Keyboard: Tab moves, Space ticks, Enter checks.",
        "print_sheet": "Print worksheet",
        "print_key": "Print answer key",
        "key_heading": "Answer key",
    },
}

# The strings quiz.js needs after the page has loaded (sent in the form's data-t).
JS_KEYS = (
    "right",
    "wrong",
    "choose_first",
    "chosen_right",
    "chosen_wrong",
    "missed",
    "score",
    "live",
    "clear_ask",
    "cleared",
)

FALLBACK_LOCALE = "en"


def ui_strings(locale: str) -> Mapping[str, str]:
    """The interface strings of ``locale``; English for a language not translated yet."""
    return UI_STRINGS.get(locale) or UI_STRINGS[FALLBACK_LOCALE]
