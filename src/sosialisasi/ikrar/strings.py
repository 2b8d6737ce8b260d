"""Every UI string of the pledge page, per language, in one place.

The page's prose (why, privacy in full, the pledge text) is Markdown content; these
are the labels, hints and messages of the controls and the printed sheet. A new
language adds one mapping with the same keys (a test keeps them in step).
"""

from __future__ import annotations

# Strings with {placeholders} are filled by ikrar.js.
STRINGS: dict[str, dict[str, str]] = {
    "id": {
        "identity_legend": "Identitas Anda",
        "name": "Nama lengkap",
        "name_hint": (
            "Seperti tertulis pada dokumen kepegawaian Anda, dengan gelar bila biasa dipakai."
        ),
        "nip": "NIP",
        "nip_hint": "Nomor induk Anda (PNS atau PPPK), seperti tertulis pada dokumen kepegawaian.",
        "nip_chars": "NIP biasanya hanya berisi angka; spasi boleh.",
        "position": "Jabatan",
        "unit": "Unit kerja",
        "unit_hint": "Misalnya bidang, bagian, atau sekolah, beserta instansinya.",
        "place": "Tempat penandatanganan",
        "date": "Tanggal",
        "date_hint": "Terisi tanggal hari ini; ubah bila perlu.",
        "options_legend": "Pilihan",
        "witness": "Tambahkan kolom tanda tangan atasan (Mengetahui)",
        "remember": "Ingat di perangkat ini",
        "remember_hint": (
            "Jika dicentang, nama, NIP, jabatan, unit kerja, dan tempat disimpan di peramban ini "
            "agar tidak perlu diketik ulang. Hapus centang untuk menghapusnya. "
            "Tidak ada yang dikirim."
        ),
        "remember_on": "Disimpan di perangkat ini.",
        "remember_off": "Tidak disimpan. Data yang pernah disimpan di perangkat ini sudah dihapus.",
        "print": "Cetak ikrar",
        "clear_form": "Kosongkan formulir",
        "cleared": "Formulir dikosongkan. Data yang tersimpan di perangkat ini dihapus.",
        "print_blank": (
            "Nama masih kosong: lembar dicetak dengan baris kosong untuk diisi dengan tangan."
        ),
        "print_ready": "Jendela cetak dibuka. Pilih printer, atau simpan sebagai PDF.",
        "no_script": (
            "Formulir ini memerlukan JavaScript. Tanpa JavaScript, cetak halaman ini untuk "
            "mendapat lembar kosong, lalu isi dengan tangan."
        ),
        "privacy_short": "Yang Anda ketik tetap di perangkat ini: tidak ada yang dikirim.",
        "ready_summary": "{done} dari {total} kuis sudah selesai.",
        "ready_all": "Semua kuis sudah selesai.",
        "ready_done": "Selesai: {correct} dari {total} benar.",
        "ready_partial": "{answered} dari {total} pertanyaan dijawab, {correct} benar.",
        "ready_none": "Belum dikerjakan.",
        "ready_go": "Kerjakan di:",
        "ready_review": "Lihat lagi:",
        "ready_unavailable": (
            "Hasil kuis tidak dapat dibaca di sini, tetapi tautan ke kuisnya tetap bisa dibuka."
        ),
        "ready_empty": "Situs ini belum memuat kuis.",
        "sheet_label": "Lembar ikrar (pratinjau cetak)",
        "sheet_title": "Ikrar Netralitas Aparatur Sipil Negara",
        "signer_intro": "Saya yang bertanda tangan di bawah ini:",
        "signer": "Yang berikrar,",
        "witness_title": "Mengetahui,",
        "witness_role": "Atasan langsung",
        "sign_name": "Nama",
        "sign_nip": "NIP",
        "place_date": "{place}, {date}",
        "tpr_open": "Teleprompter untuk video ikrar",
        "tpr_open_hint": (
            "Teks ikrar dalam huruf besar yang bergulir sendiri, untuk dibaca di depan kamera. "
            "Tidak ada yang direkam atau dikirim oleh situs ini."
        ),
        "tpr_title": "Teleprompter",
        "tpr_play": "Mulai",
        "tpr_pause": "Jeda",
        "tpr_slower": "Lebih lambat",
        "tpr_faster": "Lebih cepat",
        "tpr_smaller": "Huruf lebih kecil",
        "tpr_larger": "Huruf lebih besar",
        "tpr_mirror": "Cermin",
        "tpr_restart": "Ke awal",
        "tpr_close": "Tutup",
        "tpr_speed": "Kecepatan {n}",
        "tpr_keys": (
            "Spasi: mulai atau jeda. ↑ ↓: kecepatan. + −: ukuran huruf. M: cermin. "
            "Home: ke awal. Esc: tutup. Di layar sentuh: ketuk teks untuk mulai atau jeda."
        ),
        "tpr_end": "Akhir teks.",
        "months": (
            "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
        ),
    },
    "en": {
        "identity_legend": "Your details",
        "name": "Full name",
        "name_hint": (
            "As written on your personnel documents, with titles if you normally use them."
        ),
        "nip": "NIP (civil-servant number)",
        "nip_hint": "Your employee number (PNS or PPPK), as written on your personnel documents.",
        "nip_chars": "A NIP usually contains digits only; spaces are fine.",
        "position": "Position",
        "unit": "Work unit",
        "unit_hint": "For example the division, section or school, with its agency.",
        "place": "Place of signing",
        "date": "Date",
        "date_hint": "Today's date is filled in; change it if needed.",
        "options_legend": "Options",
        "witness": "Add a signature block for your superior (acknowledged by)",
        "remember": "Remember on this device",
        "remember_hint": (
            "When ticked, your name, NIP, position, work unit and place are kept in this browser "
            "so you need not type them again. Untick to delete them. Nothing is sent."
        ),
        "remember_on": "Saved on this device.",
        "remember_off": "Not stored. Anything saved on this device earlier has been deleted.",
        "print": "Print the pledge",
        "clear_form": "Clear the form",
        "cleared": "The form is cleared. Anything saved on this device has been deleted.",
        "print_blank": "No name yet: the sheet prints with blank lines to fill in by hand.",
        "print_ready": "The print window is open. Choose a printer, or save as PDF.",
        "no_script": (
            "This form needs JavaScript. Without it, print this page to get a blank sheet "
            "and fill it in by hand."
        ),
        "privacy_short": "What you type stays on this device: nothing is sent.",
        "ready_summary": "{done} of {total} quizzes done.",
        "ready_all": "Every quiz is done.",
        "ready_done": "Done: {correct} of {total} right.",
        "ready_partial": "{answered} of {total} questions answered, {correct} right.",
        "ready_none": "Not started.",
        "ready_go": "Take it on:",
        "ready_review": "Review on:",
        "ready_unavailable": (
            "Quiz results cannot be read here, but the links to the quizzes still work."
        ),
        "ready_empty": "This site has no quizzes yet.",
        "sheet_label": "Pledge sheet (print preview)",
        "sheet_title": "Neutrality Pledge of a Civil Servant (ASN)",
        "signer_intro": "I, the undersigned:",
        "signer": "Pledged by,",
        "witness_title": "Acknowledged by,",
        "witness_role": "Direct superior",
        "sign_name": "Name",
        "sign_nip": "NIP",
        "place_date": "{place}, {date}",
        "tpr_open": "Teleprompter for a video pledge",
        "tpr_open_hint": (
            "The pledge text in large type that scrolls by itself, to read in front of a camera. "
            "This site records and sends nothing."
        ),
        "tpr_title": "Teleprompter",
        "tpr_play": "Start",
        "tpr_pause": "Pause",
        "tpr_slower": "Slower",
        "tpr_faster": "Faster",
        "tpr_smaller": "Smaller text",
        "tpr_larger": "Larger text",
        "tpr_mirror": "Mirror",
        "tpr_restart": "To the start",
        "tpr_close": "Close",
        "tpr_speed": "Speed {n}",
        "tpr_keys": (
            "Space: start or pause. ↑ ↓: speed. + −: text size. M: mirror. "
            "Home: to the start. Esc: close. On a touch screen: tap the text to start or pause."
        ),
        "tpr_end": "End of the text.",
        "months": (
            "January February March April May June July August September October November December"
        ),
    },
}

# The pakta integritas of non-ASN staff (``ikrar: non-asn``): the same form and sheet,
# worded for staff who have no NIP. Only the differing strings; the rest as above.
NON_ASN = "non-asn"
VARIANTS: dict[str, dict[str, dict[str, str]]] = {
    NON_ASN: {
        "id": {
            "nip": "Nomor induk pegawai (bila ada)",
            "nip_hint": "Nomor yang diberikan instansi Anda, bila ada. Boleh dikosongkan.",
            "nip_chars": "",
            "position": "Jabatan atau tugas",
            "remember_hint": (
                "Jika dicentang, nama, nomor induk, jabatan, unit kerja, dan tempat disimpan di "
                "peramban ini agar tidak perlu diketik ulang. Hapus centang untuk menghapusnya. "
                "Tidak ada yang dikirim."
            ),
            "print": "Cetak pakta integritas",
            "sheet_label": "Lembar pakta integritas (pratinjau cetak)",
            "sheet_title": "Pakta Integritas Netralitas Pegawai Non-ASN",
            "signer": "Yang menyatakan,",
            "sign_nip": "Nomor induk",
        },
        "en": {
            "nip": "Employee number (if any)",
            "nip_hint": "The number your agency gave you, if any. You may leave it empty.",
            "nip_chars": "",
            "position": "Position or duty",
            "remember_hint": (
                "When ticked, your name, employee number, position, work unit and place are kept "
                "in this browser so you need not type them again. Untick to delete them. "
                "Nothing is sent."
            ),
            "print": "Print the integrity pact",
            "sheet_label": "Integrity pact sheet (print preview)",
            "sheet_title": "Neutrality Integrity Pact of a Non-ASN Employee",
            "signer": "Declared by,",
            "sign_nip": "Employee number",
        },
    },
}

FALLBACK_LOCALE = "en"


def strings_for(locale: str, variant: str | None = None) -> dict[str, str]:
    """The strings of `locale` (English for a language the kit does not know yet), with
    the overrides of `variant` (``"non-asn"``) when given."""
    base = STRINGS.get(locale) or STRINGS[FALLBACK_LOCALE]
    if variant is None:
        return base
    overrides = VARIANTS[variant]
    return {**base, **(overrides.get(locale) or overrides[FALLBACK_LOCALE])}
