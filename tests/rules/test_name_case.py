"""EYD.NameCase: a name the article writes capitalised, written elsewhere half in lower case.

The article is the reference: the words it capitalises mid-sentence are a name, and the same
words with a lower-case word right after a capitalised one are that name written half-way.
Wholly lower-case uses, a common noun before a name, numbered titles and title-cased lines are
not evidence or not flagged.
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

RULE = "EYD.NameCase"


def _found(engine, text):
    return [(f.start, f.end, text[f.start:f.end], f.suggestions[0] if f.suggestions else None, f.safe_fix is not None)
            for f in findings_of(engine, text, RULE)]


@pytest.mark.parametrize("text, found", [
    ("Iuran BPJS Kesehatan naik. Warga mengeluhkan anggaran BPJS kesehatan itu.",
     [(54, 68, "BPJS kesehatan", "BPJS Kesehatan", True)]),
    # the lower-case word may come first too, as long as one follows a capital
    ("Ia menyurati Komisi Informasi Publik Daerah. Lembaga seperti komisi Informasi publik daerah penting.",
     [(61, 91, "komisi Informasi publik daerah", "Komisi Informasi Publik Daerah", True)]),
    # a connector inside the name stays lower case in the suggestion
    ("Rapat dipimpin Kepala Dinas Pendidikan dan Kebudayaan Kota Bogor. Ia memimpin Dinas pendidikan dan "
     "Kebudayaan itu sejak Mei.",
     [(78, 109, "Dinas pendidikan dan Kebudayaan", "Dinas Pendidikan dan Kebudayaan", True)]),
    # the half-written use comes first in the article
    ("Pesawat mendarat di Bandara kualanamu pagi itu. Petugas Bandara Kualanamu lalu memeriksa penumpang.",
     [(20, 37, "Bandara kualanamu", "Bandara Kualanamu", True)]),
])
def test_a_name_written_half_in_lower_case(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    # the same name capitalised throughout
    "Iuran BPJS Kesehatan naik. Warga mengeluhkan anggaran BPJS Kesehatan itu.",
    # no capitalised use in the article (nor in the house glossary): nothing says it is a name
    "Warga mengeluhkan anggaran Pasar induk itu.",
    # wholly in lower case: a generic use
    "Ia bekerja di Dinas Pendidikan Kota Bogor. Dinas itu mengurus sekolah, seperti dinas pendidikan lain.",
    # a common noun before a name
    "Kebijakan Pemerintah Indonesia berubah. Menurut pemerintah Indonesia, hal itu perlu.",
    "Ia bertemu Menteri Keuangan Sri Mulyani. Kata menteri Keuangan itu, anggaran cukup.",
    # a capital that begins the sentence is no evidence of a name
    "Warga mendatangi Dinas Kesehatan. Dinas kesehatan setempat lalu turun tangan.",
    # before a figure: a year or a numbered title (EYD.DocumentNumberCase's)
    "Proyek DRC Tahun 2023-2025 diperiksa. Jaksa menyita dokumen sewa DRC tahun 2023-2025 kemarin.",
    # a lower-case word after a connector may begin the words after the name (REC di bursa)
    "Transaksi REC di Bursa Berjangka transparan. Mekanisme transaksi REC di bursa berjangka diawasi.",
    # the two words are a common noun in this article too: the capital may be the slip
    "Putusan Majelis Hakim Pengadilan Militer dibacakan. Lalu majelis hakim menolak. Namun, Majelis hakim itu setuju.",
    # an English word kept in lower case: a foreign term
    "Bank itu menjadi ESG Coordinator pertama. Kami mendampingi BRI sebagai ESG coordinator itu.",
    # a Roman numeral or a single letter carries no name
    "Ia menyebut Teradu V dan Teradu VII. DKPP menilai teradu I sampai teradu V dan teradu VII salah.",
    # the capitalised form is the article's minority: not a slip against it
    "Dana Pasar induk naik. Harga Pasar induk juga naik. Kata pengelola Pasar Induk, itu wajar.",
])
def test_names_left_alone(engine, text):
    assert _found(engine, text) == []


@pytest.mark.parametrize("text, found", [
    # the house glossary's short forms of two words or more are names wherever they stand
    ("Warga mengeluhkan anggaran BPJS kesehatan itu.", [(27, 41, "BPJS kesehatan", "BPJS Kesehatan", True)]),
    ("Data SKK migas naik.", [(5, 14, "SKK migas", "SKK Migas", True)]),
    # even where the article writes it half in lower case more often
    ("Dana BPJS kesehatan naik. Iuran BPJS kesehatan naik. Kata BPJS Kesehatan, itu wajar.",
     [(5, 19, "BPJS kesehatan", "BPJS Kesehatan", True), (32, 46, "BPJS kesehatan", "BPJS Kesehatan", True)]),
])
def test_a_glossary_short_form(engine, text, found):
    assert _found(engine, text) == found


def test_a_title_cased_line_is_no_evidence(engine):
    text = ("Pembukaan Calon Guru Tahun Ajaran Baru Dimulai Hari Ini\n\n"
            "Pendaftaran bagi calon Guru tahun ajaran baru masih dibuka.")
    assert _found(engine, text) == []


def test_the_fix_rewrites_the_name(engine):
    from sunting.fixes import apply_edits, plan_fixes

    text = "Iuran BPJS Kesehatan naik. Warga mengeluhkan anggaran BPJS kesehatan itu."
    fixed = apply_edits(text, plan_fixes(findings_of(engine, text, RULE)))
    assert fixed == "Iuran BPJS Kesehatan naik. Warga mengeluhkan anggaran BPJS Kesehatan itu."
