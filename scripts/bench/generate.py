"""A synthetic bilingual site for timing builds: same seed, same bytes.

Pages follow CONTRIBUTING.md (frontmatter with title, description, review dates, and
``quiz: <bank-id>`` on every fifth page), and every bank is a valid 10-question bank
in ``quizzes/``. The prose is word salad from a fixed vocabulary: the benchmark
needs realistic *shape* (headings, admonitions, tables, lists, about 600 words), not
facts, so it states none. Its sources are called "Sumber Sintetis N" and the
references page lists exactly those.
"""

from __future__ import annotations

import argparse
import random
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

PAGES_PER_MODULE = 20
QUIZ_EVERY = 5
QUESTIONS_PER_BANK = 10
REFERENCES_PAGE = "materi/referensi.md"
SOURCES = tuple(f"Sumber Sintetis {n}" for n in range(1, 5))
REVIEWED = date(2026, 11, 23)
REVIEW_BY = date(2027, 5, 23)

_ID_WORDS = """
aparatur sipil negara pegawai kantor layanan publik warga desa kota kabupaten provinsi
pelatihan materi panduan contoh kegiatan rapat laporan jadwal tugas tanggung jawab informasi
media sosial unggahan pesan grup diskusi pertanyaan jawaban catatan bagian ringkasan langkah
proses prosedur aturan ketentuan peserta pelatih ruang kelas modul topik sesi latihan kuis
hasil penilaian umpan balik sumber dokumen halaman daftar tabel pilihan benar salah penting
perlu boleh tidak harus selalu kadang sering jarang baru lama besar kecil cepat lambat jelas
singkat lengkap umum khusus utama tambahan akhir awal
"""
_EN_WORDS = """
civil servant office public service resident village city district province training
material guide example activity meeting report schedule duty responsibility information
social media post message group discussion question answer note section summary step process
procedure rule provision participant trainer classroom module topic session exercise quiz
result assessment feedback source document page list table choice true false important
needed allowed not must always sometimes often rarely new old large small fast slow clear
short complete general specific main additional final first
"""
WORDS = {"id": _ID_WORDS.split(), "en": _EN_WORDS.split()}

LABELS = {
    "id": {
        "module": "Modul",
        "topic": "Topik",
        "section": "Bagian",
        "home": "Beranda",
        "home_text": "Situs sintetis untuk mengukur waktu build. Isinya bukan panduan.",
        "refs": "Referensi",
        "refs_text": "Sumber sintetis yang dirujuk oleh bank kuis uji.",
        "columns": ("Langkah", "Siapa", "Kapan", "Catatan"),
        "quiz": "Kuis",
        "explanation": "Penjelasan sintetis untuk pertanyaan ini.",
        "feedback": "Umpan balik sintetis untuk pilihan ini.",
    },
    "en": {
        "module": "Module",
        "topic": "Topic",
        "section": "Section",
        "home": "Home",
        "home_text": "A synthetic site for timing builds. It is not guidance.",
        "refs": "References",
        "refs_text": "Synthetic sources cited by the test quiz banks.",
        "columns": ("Step", "Who", "When", "Note"),
        "quiz": "Quiz",
        "explanation": "Synthetic explanation for this question.",
        "feedback": "Synthetic feedback for this option.",
    },
}
LANGS = ("id", "en")


def slug(text: str) -> str:
    """The anchor slug of CONTRIBUTING.md: lowercase, runs of non-alphanumerics -> '-'."""
    out, dash = [], False
    for char in text.lower():
        if char.isalnum():
            out.append(char)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


@dataclass(frozen=True)
class PageRef:
    """One synthetic page: its path under the docs folder, without language suffix."""

    module: int
    topic: int
    number: int  # 1-based position over the whole site

    @property
    def path(self) -> str:
        return f"modul-{self.module:02d}/topik-{self.topic:02d}.md"

    @property
    def bank(self) -> str | None:
        return f"kuis-modul-{self.module:02d}-topik-{self.topic:02d}" if self.has_quiz else None

    @property
    def has_quiz(self) -> bool:
        return self.number % QUIZ_EVERY == 0


@dataclass
class SyntheticSite:
    root: Path
    docs_dir: Path
    plain_docs_dir: Path
    quizzes_dir: Path
    pages: list[PageRef]
    nav: list = field(default_factory=list)

    @property
    def banks(self) -> list[str]:
        return [page.bank for page in self.pages if page.bank]


class _Prose:
    """Deterministic word salad in one language."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng, self.words = rng, WORDS[lang]

    def words_(self, count: int) -> str:
        return " ".join(self.rng.choice(self.words) for _ in range(count))

    def sentence(self, low: int = 8, high: int = 16) -> str:
        text = self.words_(self.rng.randint(low, high))
        return text[0].upper() + text[1:] + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))


def _frontmatter(data: dict) -> str:
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n\n"


def page_markdown(page: PageRef, lang: str, seed: int, *, with_quiz: bool = True) -> str:
    """One page in one language: ~600 words in 4 sections with admonitions, a table, lists."""
    rng = random.Random(f"{seed}:{page.path}:{lang}")
    prose, labels = _Prose(rng, lang), LABELS[lang]
    title = f"{labels['module']} {page.module} · {labels['topic']} {page.topic}"
    meta = {
        "title": title,
        "description": prose.sentence(10, 14),
        "last_reviewed": REVIEWED,
        "review_by": REVIEW_BY,
    }
    if with_quiz and page.bank:
        meta["quiz"] = page.bank
    parts = [_frontmatter(meta), f"# {title}\n\n", prose.paragraph(7), "\n\n"]
    for section in range(1, 5):
        parts.append(f"## {labels['section']} {section} {{ #bagian-{section} }}\n\n")
        parts.append(prose.paragraph(6) + "\n\n")
        if section == 1:
            parts.append(f'!!! note "{prose.words_(3).capitalize()}"\n\n')
            parts.append(f"    {prose.paragraph(2)}\n\n")
        if section == 2:
            header = "| " + " | ".join(labels["columns"]) + " |"
            rows = [header, "|" + "---|" * len(labels["columns"])]
            for _ in range(6):
                rows.append("| " + " | ".join(prose.words_(2) for _ in labels["columns"]) + " |")
            parts.append("\n".join(rows) + "\n\n")
            parts.append(f'??? tip "{prose.words_(3).capitalize()}"\n\n')
            parts.append(f"    {prose.paragraph(2)}\n\n")
        if section == 3:
            parts.append("".join(f"- {prose.sentence(5, 9)}\n" for _ in range(5)) + "\n")
            parts.append(f'!!! warning "{prose.words_(2).capitalize()}"\n\n')
            parts.append(f"    {prose.paragraph(1)}\n\n")
        if section == 4:
            parts.append("".join(f"{n}. {prose.sentence(5, 9)}\n" for n in range(1, 5)) + "\n")
            other = f"topik-{page.topic - 1:02d}.md" if page.topic > 1 else f"../{REFERENCES_PAGE}"
            parts.append(f"[{prose.words_(3)}]({other})\n")
    return "".join(parts)


def bank_markdown(page: PageRef, seed: int) -> str:
    """A valid 10-question bank (single, multiple and true-false) for one page."""
    rng = random.Random(f"{seed}:{page.bank}")
    prose = {lang: _Prose(rng, lang) for lang in LANGS}

    def both(make) -> dict[str, str]:
        return {lang: make(lang) for lang in LANGS}

    questions = []
    for number in range(1, QUESTIONS_PER_BANK + 1):
        kind = ("single", "multiple", "true-false")[number % 3]
        question: dict = {
            "id": f"soal-{number:02d}",
            "type": kind,
            "text": both(lambda lang: prose[lang].sentence(8, 14)[:-1] + "?"),
        }
        if kind == "true-false":
            right = rng.choice(["true", "false"])
            question["options"] = [
                {"id": "true", "correct": right == "true"},
                {"id": "false", "correct": right == "false"},
            ]
        else:
            count = 4
            correct = (
                {rng.randrange(count)}
                if kind == "single"
                else set(rng.sample(range(count), rng.randint(1, 2)))
            )
            question["options"] = [
                {
                    "id": "abcd"[n],
                    "text": both(lambda lang: prose[lang].sentence(4, 8)),
                    "correct": n in correct,
                    **(
                        {"feedback": both(lambda lang: LABELS[lang]["feedback"])}
                        if n not in correct
                        else {}
                    ),
                }
                for n in range(count)
            ]
        question["explanation"] = both(lambda lang: LABELS[lang]["explanation"])
        question["basis"] = SOURCES[number % len(SOURCES)]
        question["reread"] = f"{page.path}#bagian-{1 + number % 4}"
        questions.append(question)
    bank = {
        "id": page.bank,
        "title": both(lambda lang: f"{LABELS[lang]['quiz']}: {page.module}.{page.topic}"),
        "questions": questions,
    }
    return _frontmatter(bank) + "Synthetic bank for `make bench`; not published content.\n"


def references_markdown(lang: str) -> str:
    labels = LABELS[lang]
    meta = {
        "title": labels["refs"],
        "description": labels["refs_text"],
        "last_reviewed": REVIEWED,
        "review_by": REVIEW_BY,
    }
    body = "".join(
        f"### {source} {{ #{slug(source)} }}\n\n{labels['refs_text']}\n\n" for source in SOURCES
    )
    return _frontmatter(meta) + f"# {labels['refs']}\n\n{body}"


def home_markdown(lang: str) -> str:
    labels = LABELS[lang]
    meta = {
        "title": labels["home"],
        "description": labels["home_text"],
        "last_reviewed": REVIEWED,
        "review_by": REVIEW_BY,
    }
    return _frontmatter(meta) + f"# {labels['home']}\n\n{labels['home_text']}\n"


def page_refs(pages: int) -> list[PageRef]:
    return [
        PageRef(module=1 + n // PAGES_PER_MODULE, topic=1 + n % PAGES_PER_MODULE, number=n + 1)
        for n in range(pages)
    ]


def site_nav(pages: list[PageRef]) -> list:
    """An explicit nav like the repository's: home, one section per module, references."""
    modules: dict[int, list[str]] = {}
    for page in pages:
        modules.setdefault(page.module, []).append(page.path)
    nav: list = ["index.md"]
    nav += [{f"Modul {module:02d}": paths} for module, paths in modules.items()]
    nav.append({"Referensi": REFERENCES_PAGE})
    return nav


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(root: Path, pages: int, seed: int = 9) -> SyntheticSite:
    """Write `pages` pages x 2 languages under root/content (and root/content-plain without
    quiz frontmatter), one bank per fifth page under root/quizzes. Replaces what was there."""
    if pages < 1:
        raise ValueError("pages must be at least 1")
    root = root.resolve()
    site = SyntheticSite(
        root=root,
        docs_dir=root / "content",
        plain_docs_dir=root / "content-plain",
        quizzes_dir=root / "quizzes",
        pages=page_refs(pages),
    )
    for folder in (site.docs_dir, site.plain_docs_dir, site.quizzes_dir):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for docs in (site.docs_dir, site.plain_docs_dir):
        for lang in LANGS:
            _write(docs / f"index.{lang}.md", home_markdown(lang))
            _write(docs / REFERENCES_PAGE.replace(".md", f".{lang}.md"), references_markdown(lang))
    for page in site.pages:
        for lang in LANGS:
            stem = page.path.removesuffix(".md")
            _write(site.docs_dir / f"{stem}.{lang}.md", page_markdown(page, lang, seed))
            _write(
                site.plain_docs_dir / f"{stem}.{lang}.md",
                page_markdown(page, lang, seed, with_quiz=False),
            )
        if page.bank:
            _write(site.quizzes_dir / f"{page.bank}.md", bank_markdown(page, seed))
    site.nav = site_nav(site.pages)
    return site


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    site = generate(args.root, args.pages, args.seed)
    print(f"{len(site.pages)} pages x 2 languages, {len(site.banks)} banks in {site.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
