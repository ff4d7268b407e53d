"""Issue 13.12: final punctuation on non-prose — list items (also with mojibake bullets),
``label: value`` lines, credit lines — is not asked for, and a paragraph that introduces a
list wants a colon; running prose without its full stop is still reported."""

from __future__ import annotations

import pytest

RULE = "Typography.FinalPunctuation"


def _final(found):
    return [(text, sugg) for r, text, sugg, _ in found if r == RULE]


@pytest.mark.parametrize("text", [
    "Daftar penerima\n\n• Penerima bantuan tahap pertama sebanyak dua juta keluarga miskin",
    "Daftar penerima\n\nâ€¢ Penerima bantuan tahap pertama sebanyak dua juta keluarga miskin",
    "Daftar penerima\n\nâ¢ Penerima sembako murni sebanyak delapan juta keluarga miskin",
    "Daftar penerima\n\nâ Penerima sembako murni sebanyak delapan juta keluarga miskin",
    "Daftar penerima\n\n1) Penerima bantuan tahap pertama sebanyak dua juta keluarga miskin",
    "Rincian\n\nTotal bantuan perlindungan sosial tahun 2025: Rp 110,718 triliun",
    "Rincian\n\nKetua panitia pemilihan tingkat kota: Ahmad Saputra",
    "Catatan\n\nArtikel ini sudah tayang di detikNews, baca selengkapnya di situs itu",
    "Catatan\n\n*Penulis adalah peserta magang program pers kampus di Jakarta",
])
def test_non_prose_needs_no_full_stop(findings, text):
    assert _final(findings(text)) == []


@pytest.mark.parametrize("text, flagged, suggestion", [
    ("Syarat\n\nSyarat pendaftaran yang harus dipenuhi peserta sebagai berikut", "berikut", "berikut:"),
    ("Bantuan\n\nBerikut daftar penerima bantuan tahap pertama tahun ini", "ini", "ini:"),
    ("Dokumen\n\nDokumen yang perlu dibawa calon peserta seleksi antara lain", "lain", "lain:"),
])
def test_list_introduction_wants_a_colon(findings, text, flagged, suggestion):
    assert _final(findings(text)) == [(flagged, suggestion)]


@pytest.mark.parametrize("text, flagged", [
    ("Catatan\n\nTim itu menyampaikan perubahan kepada masyarakat secara berkala", "berkala"),
    ("Catatan\n\nMenurut dia: harga naik di semua pasar tradisional kota itu", "itu"),
    ("Catatan\n\nPenulis buku itu datang ke Jakarta untuk bertemu pembaca", "pembaca"),
])
def test_running_prose_without_full_stop_is_still_reported(findings, text, flagged):
    assert _final(findings(text)) == [(flagged, flagged + ".")]


def test_mojibake_bullet_is_one_mojibake_finding_with_its_repair(findings):
    got = [(r, t, s) for r, t, s, _ in findings("Daftar\n\nâ€¢ Penerima bantuan tahap pertama dua juta keluarga")
           if r != RULE]
    assert got == [("Typography.Mojibake", "â€¢", "•")]


@pytest.mark.parametrize("text, kind, flagged, suggestion", [
    # a bare address closes the paragraph: the stop goes after it, not between 'di' and it
    ("Layanan\n\nJika butuh bantuan, segera hubungi layanan konseling di https://contoh.or.id/",
     "plain", "https://contoh.or.id/", "https://contoh.or.id/."),
    ("Layanan\n\nJika butuh bantuan, segera hubungi layanan konseling di www.contoh.or.id",
     "markdown", "www.contoh.or.id", "www.contoh.or.id."),
    # a Markdown link: after the link's closing bracket, not inside its text
    ("Layanan\n\nJika butuh bantuan, segera hubungi layanan konseling di [situs ini](https://contoh.or.id/)",
     "markdown", "ini](https://contoh.or.id/)", "ini](https://contoh.or.id/)."),
])
def test_full_stop_goes_after_a_closing_address(findings, text, kind, flagged, suggestion):
    assert _final(findings(text, kind)) == [(flagged, suggestion)]
