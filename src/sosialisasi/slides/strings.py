"""Every word the slides add to the guide's own text, one mapping per language."""

from __future__ import annotations

from collections.abc import Mapping

STRINGS: dict[str, dict[str, str]] = {
    "id": {
        "session": "Sosialisasi netralitas ASN · sesi {n} menit",
        "title_notes": (
            "Salindia ini disusun dari Panduan pelatih di situs. Kode QR membuka situs di "
            "ponsel peserta. Ubah salindia sesuai kebutuhan sesi Anda."
        ),
        "agenda": "Agenda",
        "minutes": "{n} menit · {time}",
        "material": "Bahan",
        "scenario": "Skenario",
        "question": "Kuis: pertanyaan {i} dari {n}",
        "answer": "Jawaban",
        "explanation": "Penjelasan",
        "basis": "Dasar hukum",
        "quiz": "Kuis",
        "true": "Benar",
        "false": "Salah",
        "closing": "Baca lagi dan kerjakan kuisnya",
        "closing_text": (
            "Semua materi, kuis, dan lembar ikrar ada di situs ini. Pindai kode QR untuk "
            "membukanya di ponsel."
        ),
    },
    "en": {
        "session": "ASN neutrality sosialisasi · {n}-minute session",
        "title_notes": (
            "These slides are made from the trainer's guide on the site. The QR code opens the "
            "site on participants' phones. Edit the slides to fit your session."
        ),
        "agenda": "Agenda",
        "minutes": "{n} minutes · {time}",
        "material": "Material",
        "scenario": "Scenario",
        "question": "Quiz: question {i} of {n}",
        "answer": "Answer",
        "explanation": "Explanation",
        "basis": "Legal basis",
        "quiz": "Quiz",
        "true": "True",
        "false": "False",
        "closing": "Read again and take the quizzes",
        "closing_text": (
            "All the guidance, the quizzes and the pledge sheet are on this site. Scan the QR "
            "code to open it on a phone."
        ),
    },
}

FALLBACK = "en"


def slide_strings(locale: str) -> Mapping[str, str]:
    return STRINGS.get(locale) or STRINGS[FALLBACK]
