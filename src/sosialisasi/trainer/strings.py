"""Every word of the trainer pages, one mapping per language (same keys in each).

``{placeholders}`` are filled by the renderer (Python) or by trainer.js (the keys
in ``JS_KEYS``, sent in the page's ``data-t``).
"""

from __future__ import annotations

from collections.abc import Mapping

STRINGS: dict[str, dict[str, str]] = {
    "id": {
        "present": "Mode presentasi",
        "worksheet": "Lembar soal",
        "answer_key": "Kunci jawaban",
        "for_trainers": "Untuk pelatih",
        "back": "Kembali ke kuis",
        "questions": "{n} pertanyaan",
        "scan": "Pindai kode QR untuk membuka kuis ini di ponsel:",
        "qr_label": "Kode QR menuju {url}",
        "qr_missing": (
            "Kuis ini belum ditampilkan di halaman situs mana pun, jadi tidak ada kode QR."
        ),
        "download_qr": "Unduh kode QR (SVG) untuk salindia",
        "keys": (
            "Kendali: → atau PageDown untuk berikutnya, ← atau PageUp untuk sebelumnya, "
            "R untuk menampilkan jawaban, Home untuk kembali ke awal."
        ),
        "controls": "Kendali presentasi",
        "prev": "Sebelumnya",
        "next": "Berikutnya",
        "reveal": "Tampilkan jawaban",
        "hide": "Sembunyikan jawaban",
        "start": "Mulai",
        "progress": "{i} / {n}",
        "progress_intro": "{n} pertanyaan",
        "announce": "Pertanyaan {i} dari {n}",
        "print": "Cetak",
        "print_hint": "Cetak halaman ini, atau simpan sebagai PDF dari dialog cetak peramban.",
        "name": "Nama",
        "unit": "Unit kerja",
        "date": "Tanggal",
        "score": "Nilai",
        "sheet_note": "Lingkari atau centang jawaban Anda.",
        "key_note": "Untuk pelatih: jawaban, tanggapan, penjelasan, dan dasar hukum.",
        "list_caption": "Semua kuis dan alat pelatihnya",
        "col_quiz": "Kuis",
        "col_questions": "Pertanyaan",
        "col_tools": "Alat",
        "col_files": "Berkas Moodle",
        "not_shown": "belum ditampilkan di halaman mana pun",
        "other_language": "Halaman ini dalam bahasa lain",
    },
    "en": {
        "present": "Presentation mode",
        "worksheet": "Worksheet",
        "answer_key": "Answer key",
        "for_trainers": "For trainers",
        "back": "Back to the quiz",
        "questions": "{n} questions",
        "scan": "Scan the QR code to open this quiz on a phone:",
        "qr_label": "QR code for {url}",
        "qr_missing": "No page of the site shows this quiz yet, so there is no QR code.",
        "download_qr": "Download the QR code (SVG) for slides",
        "keys": (
            "Controls: → or PageDown for next, ← or PageUp for previous, "
            "R to reveal the answer, Home to go back to the start."
        ),
        "controls": "Presentation controls",
        "prev": "Previous",
        "next": "Next",
        "reveal": "Reveal the answer",
        "hide": "Hide the answer",
        "start": "Start",
        "progress": "{i} / {n}",
        "progress_intro": "{n} questions",
        "announce": "Question {i} of {n}",
        "print": "Print",
        "print_hint": "Print this page, or save it as PDF from the browser's print dialog.",
        "name": "Name",
        "unit": "Work unit",
        "date": "Date",
        "score": "Score",
        "sheet_note": "Circle or tick your answers.",
        "key_note": "For trainers: answers, feedback, explanations and legal bases.",
        "list_caption": "Every quiz and its trainer tools",
        "col_quiz": "Quiz",
        "col_questions": "Questions",
        "col_tools": "Tools",
        "col_files": "Moodle files",
        "not_shown": "not shown on any page yet",
        "other_language": "This page in another language",
    },
}

JS_KEYS = ("reveal", "hide", "progress", "progress_intro", "announce")

FALLBACK = "en"


def trainer_strings(locale: str) -> Mapping[str, str]:
    return STRINGS.get(locale) or STRINGS[FALLBACK]
