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
        "slides": "Salindia PowerPoint (.pptx) dari Panduan pelatih",
        "slides_session": "sesi {n} menit",
        "room_collect": "Kumpulkan hasil",
        "room_title": "Hasil ruangan",
        "room_intro": (
            "Peserta menunjukkan kode QR hasil pre-test atau post-test dari ponselnya ke kamera "
            "laptop ini, satu per satu. Tidak ada yang dikirim atau disimpan: rekap hanya ada "
            "di halaman ini sampai ditutup atau dimuat ulang."
        ),
        "room_start": "Nyalakan kamera",
        "room_stop": "Matikan kamera",
        "room_close": "Tutup",
        "room_waiting": "Arahkan kode QR hasil ke kamera.",
        "room_accepted": "Diterima ({phase}): {pre} hasil pre-test, {post} hasil post-test.",
        "room_duplicate": "Kode ini sudah dihitung.",
        "room_other_bank": "Ditolak: kode ini dari kuis lain ({bank}).",
        "room_other_version": (
            "Ditolak: kode ini dari versi lain kuis ini. Minta peserta memuat ulang halaman "
            "pre-test/post-test dan mengerjakannya lagi."
        ),
        "room_not_result": "Ditolak: ini bukan kode QR hasil tes.",
        "room_no_camera": (
            "Kamera tidak dapat dibuka ({reason}). Izinkan kamera untuk halaman ini, atau pakai "
            "laptop yang punya kamera."
        ),
        "room_counts": "Pre-test: {pre} peserta · Post-test: {post} peserta",
        "room_caption": "Persentase jawaban benar per pertanyaan, yang paling sulit di atas",
        "room_col_q": "Pertanyaan",
        "room_col_pre": "Pre-test",
        "room_col_post": "Post-test",
        "room_cell": "{p}% ({c} dari {n})",
        "room_none": "–",
        "room_video": "Gambar kamera",
        "exam": "Pre-test dan post-test",
        "exam_intro": (
            "Soal dan pilihan diacak pada setiap percobaan. Jawaban baru diperiksa di akhir, "
            "lalu Anda melihat nilai dan pembahasannya."
        ),
        "exam_phase": "Tes ini adalah",
        "exam_pre": "Pre-test (sebelum materi)",
        "exam_post": "Post-test (sesudah materi)",
        "exam_initials": "Inisial untuk rekap pelatih (boleh kosong, paling banyak 4 huruf)",
        "exam_start": "Mulai tes",
        "exam_finish": "Selesai dan lihat nilai",
        "exam_finish_anyway": "Tetap selesai",
        "exam_answered": "{a} dari {n} sudah dijawab.",
        "exam_unanswered": "{u} pertanyaan belum dijawab. Tekan lagi untuk tetap selesai.",
        "exam_score": "Nilai Anda: {c} dari {n} benar ({p}%).",
        "exam_review": "Pembahasan: jawaban yang benar dan penjelasan setiap soal ada di bawah.",
        "exam_code": (
            "Tunjukkan kode QR ini ke kamera laptop pelatih untuk rekap ruangan. Isinya hanya "
            "kuis, versinya, tahap tes, dan benar/salah tiap soal (serta inisial bila diisi)."
        ),
        "exam_code_label": "Kode QR hasil tes Anda",
        "exam_again": "Ulangi dengan urutan baru",
        "exam_privacy": (
            "Jawaban dan nilai hanya ada di layar ini: tidak dikirim, tidak disimpan. "
            "Kemajuan kuis mandiri Anda tidak berubah."
        ),
        "exam_scan": "Pindai untuk membuka pre-test/post-test di ponsel:",
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
        "slides": "PowerPoint slides (.pptx) from the trainer's guide",
        "slides_session": "{n}-minute session",
        "room_collect": "Collect results",
        "room_title": "The room's results",
        "room_intro": (
            "Participants show the result QR code of their pre-test or post-test on their phones "
            "to this laptop's camera, one after another. Nothing is sent or stored: the summary "
            "lives on this page until it is closed or reloaded."
        ),
        "room_start": "Turn the camera on",
        "room_stop": "Turn the camera off",
        "room_close": "Close",
        "room_waiting": "Hold a result QR code up to the camera.",
        "room_accepted": "Accepted ({phase}): {pre} pre-test results, {post} post-test results.",
        "room_duplicate": "This code was already counted.",
        "room_other_bank": "Refused: this code is from another quiz ({bank}).",
        "room_other_version": (
            "Refused: this code is from another version of this quiz. Ask the participant to "
            "reload the pre-test/post-test page and take it again."
        ),
        "room_not_result": "Refused: this is not a test result QR code.",
        "room_no_camera": (
            "The camera cannot be opened ({reason}). Allow the camera for this page, or use a "
            "laptop with a camera."
        ),
        "room_counts": "Pre-test: {pre} participants · Post-test: {post} participants",
        "room_caption": "Share of right answers per question, hardest first",
        "room_col_q": "Question",
        "room_col_pre": "Pre-test",
        "room_col_post": "Post-test",
        "room_cell": "{p}% ({c} of {n})",
        "room_none": "–",
        "room_video": "Camera picture",
        "exam": "Pre-test and post-test",
        "exam_intro": (
            "Questions and options are shuffled on every attempt. Answers are checked only "
            "at the end; then you see your score and the review."
        ),
        "exam_phase": "This test is the",
        "exam_pre": "Pre-test (before the session)",
        "exam_post": "Post-test (after the session)",
        "exam_initials": "Initials for the trainer's summary (optional, at most 4 letters)",
        "exam_start": "Start the test",
        "exam_finish": "Finish and see my score",
        "exam_finish_anyway": "Finish anyway",
        "exam_answered": "{a} of {n} answered.",
        "exam_unanswered": "{u} questions not answered yet. Press again to finish anyway.",
        "exam_score": "Your score: {c} of {n} right ({p}%).",
        "exam_review": "Review: the right answer and the explanation of every question are below.",
        "exam_code": (
            "Show this QR code to the trainer's laptop camera for the room's summary. It holds "
            "only the quiz, its version, the test phase and right/wrong per question (and your "
            "initials if you typed them)."
        ),
        "exam_code_label": "QR code of your test result",
        "exam_again": "Try again in a new order",
        "exam_privacy": (
            "Your answers and score stay on this screen: not sent, not stored. "
            "Your self-check quiz progress is unchanged."
        ),
        "exam_scan": "Scan to open the pre-test/post-test on a phone:",
    },
}

JS_KEYS = ("reveal", "hide", "progress", "progress_intro", "announce")

FALLBACK = "en"


def trainer_strings(locale: str) -> Mapping[str, str]:
    return STRINGS.get(locale) or STRINGS[FALLBACK]
