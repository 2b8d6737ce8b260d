"""Booklet assembly: reading order, unique anchors, links kept inside the booklet,
readable references, nothing folded away, no quiz."""

from __future__ import annotations

from sosialisasi.booklet.assemble import BookletPage, assemble, section_id
from sosialisasi.booklet.render import BookletLinks, render_booklet

LARANGAN = """<h1 id="larangan">Larangan</h1>
<p>Lihat <a href="../sanksi/#berat">sanksi berat</a>, <a href="../referensi/#s14">S14</a>,
<a href="#dua">di bawah</a>, <a href="../../ikrar/">ikrar</a> dan <a href="https://bkn.go.id/">BKN</a>.</p>
<details class="tip"><summary>Tip</summary><p>Isi</p></details>
<img src="../../assets/gambar.png" alt="x">
<h2 id="dua">Dua</h2>
<section class="sq" id="sq-x"><form><input type="radio"></form></section>"""
SANKSI = '<h1 id="sanksi">Sanksi</h1><h2 id="berat">Berat</h2><h2 id="dua">Dua</h2>'
REFERENSI = '<h1 id="referensi">Referensi</h1><h3 id="s14">S14 · BKN Kantor Regional VI Medan</h3>'

PAGES = [
    BookletPage("materi/larangan/", "Larangan", LARANGAN, "2026-12-04"),
    BookletPage("materi/sanksi/", "Sanksi", SANKSI, "2026-11-01"),
    BookletPage("materi/referensi/", "Referensi", REFERENSI),
]


def build(**kwargs):
    return assemble(
        PAGES, site_url="https://example.org/sub/", booklet_url="buklet/", locale="id", **kwargs
    )


def test_sections_in_reading_order_with_a_table_of_contents():
    booklet = build()
    assert [title for _, title in booklet.toc] == ["Larangan", "Sanksi", "Referensi"]
    assert [anchor for anchor, _ in booklet.toc] == [
        "p-materi-larangan",
        "p-materi-sanksi",
        "p-materi-referensi",
    ]
    assert all(s.startswith('<section class="booklet-page"') for s in booklet.sections)


def test_heading_ids_are_unique_across_pages_and_links_stay_inside():
    larangan, sanksi, _ = build().sections
    assert 'id="p-materi-larangan--dua"' in larangan and 'id="p-materi-sanksi--dua"' in sanksi
    assert 'href="#p-materi-sanksi--berat"' in larangan
    assert 'href="#p-materi-larangan--dua"' in larangan
    # a page outside the booklet: absolute, so the PDF still leads there
    assert 'href="https://example.org/sub/ikrar/"' in larangan
    assert 'href="https://bkn.go.id/"' in larangan


def test_a_bare_source_code_reads_as_its_reference():
    larangan = build().sections[0]
    assert ">S14 · BKN Kantor Regional VI Medan</a>" in larangan
    assert 'href="#p-materi-referensi--s14"' in larangan


def test_print_shows_everything_and_no_quiz_form():
    larangan = build().sections[0]
    assert "<details open" in larangan
    assert "sq-x" not in larangan and "<form" not in larangan
    # images still load from the booklet's own address
    assert 'src="../assets/gambar.png"' in larangan


def test_review_dates_per_page_and_the_oldest_on_the_cover():
    booklet = build()
    assert booklet.last_reviewed == "2026-11-01"
    assert "Ditinjau 2026-12-04" in booklet.sections[0]
    html = render_booklet(
        booklet,
        locale="id",
        site_name="Netralitas ASN",
        description="Panduan",
        region="Pemerintah Provinsi Bali",
        links=BookletLinks("../a.css", "../", "https://example.org/sub/buklet/", "x.pdf"),
    )
    assert "Isi terakhir ditinjau 2026-11-01" in html and "Daftar isi" in html
    assert "Pemerintah Provinsi Bali" in html
    assert '<li data-booklet-pdf hidden><span data-href="x.pdf">' in html


def test_hostile_titles_are_escaped_once():
    page = BookletPage("materi/x/", '<script>alert(1)</script> & "q"', "<h1>x</h1>")
    booklet = assemble([page], site_url="", booklet_url="buklet/")
    html = render_booklet(
        booklet,
        locale="en",
        site_name="A & B",
        description="",
        region="",
        links=BookletLinks("a.css", "../", "", "x.pdf"),
    )
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x27;" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;" in html
    assert "<title>The whole guide as one booklet · A &amp; B</title>" in html


def test_section_ids():
    assert section_id("materi/larangan/") == "p-materi-larangan"
    assert section_id("materi/larangan.html") == "p-materi-larangan"
    assert section_id("daerah/index.html") == "p-daerah"
