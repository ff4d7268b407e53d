"""Newsroom.Acronyms through the real engine: a table of copy patterns from Indonesian news.

Every case is a short piece of copy written the way news sites write it (definitions in
both orders, short forms in capitals, mixed case, with a slash or a digit, titles before
institutions, quotes, headlines) and the complete list of what the rule must report on it:
``(kind, flagged text, first suggestion or None)``. A case with an empty list must yield
nothing at all. Kinds are the keys of the rule's ``levels``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sunting.checks import acronym_fit as fit
from sunting.checks.acronyms import report_kind
from sunting.config import Config
from sunting.engine import Engine
from sunting.findings import Severity
from sunting.languages import get_language
from sunting.loader import parse_rule
from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]
RULE_FILE = REPO / "rules" / "Newsroom" / "Acronyms.yml"
RULE_ID = "Newsroom.Acronyms"


def _rule(extra: str = ""):
    text = RULE_FILE.read_text(encoding="utf-8") + extra
    return parse_rule(text, str(RULE_FILE), RULE_ID)


@pytest.fixture(scope="module")
def engine():
    return Engine(Config(root=REPO), rules=[_rule()])


def _check(engine, text, kind="plain"):
    doc = Document(text, None, kind)
    out = []
    for f in engine.check(doc):
        assert f.rule == RULE_ID
        assert doc.source[f.start:f.end] == f.text  # the range is exactly the flagged text
        out.append(f)
    return out


def _summary(findings):
    return sorted((report_kind(f.message), f.text, f.suggestions[0] if f.suggestions else None) for f in findings)


K = "Kementerian Komunikasi dan Informatika"

# (id, text, expected findings)  — kind, text, first suggestion
CASES = [
    # ---------------------------------------------------------------- definitions that fit
    ("fit-initials", "Badan Pusat Statistik (BPS) merilis angka inflasi. BPS mencatat harga beras naik.", []),
    ("fit-kemen", "Kementerian Keuangan (Kemenkeu) menyiapkan anggaran. Kemenkeu menyebut defisit terjaga.", []),
    ("fit-generic-drop", f"{K} (Kominfo) menggelar rapat. Kominfo mengundang humas daerah.", []),
    ("fit-ditjen-drop", "Direktorat Jenderal Informasi dan Komunikasi Publik (IKP) hadir. Dirjen IKP membuka acara.", []),
    ("fit-korlantas", "Korps Lalu Lintas Kepolisian Negara Republik Indonesia (Korlantas) bersiap. Korlantas menutup jalur.", []),
    ("fit-satgas", "Satuan Tugas (Satgas) Pangan turun ke pasar. Satgas menemukan beras oplosan.", []),
    ("fit-bakohumas", "Pertemuan Badan Koordinasi Hubungan Masyarakat (Bakohumas) digelar. Bakohumas sepakat.", []),
    ("fit-two-words", "Kepala Biro Penerangan Masyarakat (Karo Penmas) hadir. Karo Penmas menjelaskan kronologi.", []),
    ("fit-slash", "Kementerian dan Lembaga (K/L) diminta berhemat. Belanja K/L dipangkas.", []),
    ("fit-slash-long", "Kementerian/Lembaga (K/L) diminta berhemat. Belanja K/L dipangkas.", []),
    ("fit-digit", "Badan Pelindungan Pekerja Migran Indonesia (BP2MI) memulangkan pekerja. BP2MI mencatat 40 kasus.", []),
    ("fit-connector-letter", "Kedua pihak meneken Letter of Intent (LoI) kemarin. LoI itu berlaku setahun.", []),
    ("fit-naker", "Kementerian Ketenagakerjaan (Kemnaker) membuka posko. Kemnaker menerima aduan THR.", []),
    ("fit-hyphen-words", "Perserikatan Bangsa-Bangsa (PBB) bersidang. PBB mengecam serangan itu.", []),
    ("fit-commas", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan. BMKG meminta warga waspada.", []),
    ("fit-title-before", "Kepala Badan Gizi Nasional (BGN) Dadan Hindayana meninjau dapur. BGN menambah anggaran.", []),
    ("fit-syllable-start", "Biro Penerangan Masyarakat (Ropenmas) menggelar jumpa pers. Ropenmas merilis data.", []),
    ("fit-nickname", "Presiden ke-7 Joko Widodo (Jokowi) hadir. Jokowi menyapa warga.", []),
    ("fit-menko", "Menteri Koordinator Bidang Politik dan Keamanan (Menko Polkam) memimpin rapat. Menko Polkam memberi arahan.", []),
    ("fit-region", "Banjir melanda Palembang, Sumatera Selatan (Sumsel). Pemprov Sumsel membuka posko.", []),
    ("fit-reverse", "KPK (Komisi Pemberantasan Korupsi) menahan tersangka. KPK menyita dokumen.", []),
    ("fit-reverse-mixed", f"Kominfo ({K}) memblokir situs judi. Kominfo mencatat ribuan aduan.", []),
    ("fit-reverse-country", "Tarif AS (Amerika Serikat) naik. Ekspor ke AS tertekan.", []),
    # ---------------------------------------------------------------- parentheses that are not definitions
    ("not-def-persero", "PT Pertamina (Persero) menyalurkan BBM ke daerah terpencil.", []),
    ("not-def-nickname", "Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau lokasi banjir.", []),
    ("not-def-date", "Rapat digelar Kamis (2/6/2022) di Jakarta.", []),
    ("not-def-lowercase", "Presiden Prabowo Subianto (kiri) berbincang dengan tamunya.", []),
    ("not-def-translation", "Perusahaan itu meluncurkan Green Hydrogen (Hidrogen Hijau) di Lampung.", []),
    ("not-def-age", "Tersangka Andi Saputra (34) ditangkap di rumahnya.", []),
    ("not-def-foreign-agency", "Seorang pegawai Badan Pengawas Obat dan Makanan (FDA) dipecat pekan lalu.", []),
    # ---------------------------------------------------------------- 1. mismatch
    ("mismatch-seed", f"{K} (Komimfo) mendorong kolaborasi. Dirjen IKP Kominfo hadir. Kominfo menggelar rapat.",
     [("mismatch", "Komimfo", "Kominfo")]),
    ("mismatch-house-only", f"{K} (Komimfo) mendorong kolaborasi humas pemerintah.",
     [("mismatch", "Komimfo", "Kominfo")]),
    ("mismatch-transposed-initials", "Badan Pusat Statistik (BSP) merilis data. Angka itu dikutip media.",
     [("mismatch", "BSP", "BPS")]),
    ("mismatch-initials", "Komisi Pemilihan Umum (KPO) menetapkan jadwal pemilu.",
     [("mismatch", "KPO", "KPU")]),
    ("mismatch-house-typo", "Kementerian Keuangan (Kemenkue) menyiapkan anggaran.",
     [("mismatch", "Kemenkue", "Kemenkeu")]),
    ("mismatch-initials-new-body", "Satuan Pelayanan Pemenuhan Gizi (SPGG) memasak 3.000 porsi.",
     [("mismatch", "SPGG", "SPPG")]),
    ("mismatch-reverse", f"Komimfo ({K}) memblokir situs judi.",
     [("mismatch", "Komimfo", "Kominfo")]),
    ("no-mismatch-missing-word", "Kontribusinya 33% terhadap Produk Domestik Regional (PDRB) daerah itu.", []),
    ("no-mismatch-currency", "Dolar AS melemah terhadap dolar Australia (AUD) pagi ini.", []),
    # ---------------------------------------------------------------- 2. near-miss of a short form
    ("near-defined", "Badan Koordinasi Hubungan Masyarakat (Bakohumas) bertemu. Pertemuan Bakohumos dibuka menteri.",
     [("near_miss", "Bakohumos", "Bakohumas")]),
    ("near-defined-later-typo", f"{K} (Kominfo) menggelar rapat. Komimfo mengundang humas.",
     [("near_miss", "Komimfo", "Kominfo")]),
    ("near-house", "Kemendiktisaitek selaku pembina perguruan tinggi menurunkan tim.",
     [("near_miss", "Kemendiktisaitek", "Kemendiktisaintek")]),
    ("near-caps-transposition", "Data Tunggal Sosial Ekonomi Nasional (DTSEN) diperbarui. Warga dicek di DTSNE.",
     [("near_miss", "DTSNE", "DTSEN")]),
    # issue 15: a short form in capitals slipped by a neighbouring key, a swap or a doubled
    # letter, beside the form defined or used twice (a letter far away on the keyboard, a
    # dropped consonant, initials with an age are other things)
    ("near-caps-neighbour-key", "Komisi Pemilihan Umum (KPU) menetapkan jadwal. KPU mengumumkan calon. Ketua KPJ hadir.",
     [("near_miss", "KPJ", "KPU")]),
    ("near-caps-used-twice", "BMKG memperkirakan hujan. BMKG meminta warga waspada. Kata BMGK, angin kencang.",
     [("near_miss", "BMGK", "BMKG")]),
    ("near-caps-doubled", "Anggaran APBN naik. APBN tahun depan disusun. Defisit APBNN dijaga.",
     [("near_miss", "APBNN", "APBN")]),
    ("no-near-caps-far-key", "Dana PBPU naik. PBPU dan PPU diatur ulang.", [("undefined", "PBPU", None), ("undefined", "PPU", None)]),
    # a lost letter (a consonant, the first letter) too, of a form the article uses twice,
    # defines or knows — unless the two are named side by side (siblings)
    ("near-caps-dropped-consonant", "Anggaran APBN naik. APBN tahun depan disusun. Defisit APB dijaga.",
     [("near_miss", "APB", "APBN")]),
    ("near-caps-first-letter-dropped", "Saham BUMN naik. Laba BUMN itu naik. Direksi UMN diganti pekan lalu.",
     [("near_miss", "UMN", "BUMN")]),
    # near the form in one sentence but not named beside it as another item: one thing said twice
    ("near-caps-same-sentence-not-a-list", "Laba BUMN naik. Setiap keuntungan BUMN adalah keuntungan UMN sendiri.",
     [("near_miss", "UMN", "BUMN")]),
    ("no-near-caps-named-in-a-list", "Saham BUMN naik. Laba BUMN dan UMN naik.",
     [("undefined", "UMN", None)]),
    # part of a name: a slip only where the form's name shares a word with the other's — the
    # word before (PT SRP / PT SPR) or, as here, after (one office of one regency)
    ("near-caps-same-name-tail", "Kadis PUPR Madina dicopot. Kini ia Sekretaris UPR Madina. Dinas PUPR Madina membantah.",
     [("near_miss", "UPR", "PUPR")]),
    ("no-near-caps-other-name-tail", "Kadis PUPR Madina dicopot. Kini ia rektor UPR Palangka. Dinas PUPR Madina membantah.",
     []),
    # in capitals beside a short form one slip away an English word is a slip too; an
    # Indonesian word in capitals is not
    ("near-caps-english-word", "Nomor Induk Kependudukan (NIK) adalah identitas tunggal. INK bersifat unik.",
     [("near_miss", "INK", "NIK")]),
    # a slip typed twice is still a slip of a form used three times as often; beside a form
    # used about as often it is a form of its own
    ("near-caps-slip-typed-twice", "Komnas HAM menerima laporan. Pelanggaran HAM berat terjadi. Kasus HAM itu lama. "
     "Isu HAM penting. Data HAM dibuka. Soal HAM rumit. Ia membahas HMA di daerah itu. Penyuluhan HMA digelar.",
     [("near_miss", "HMA", "HAM"), ("near_miss", "HMA", "HAM")]),
    ("no-near-caps-twice-beside-few", "Komnas HAM menerima laporan. Kasus HAM itu lama. Isu HAM penting. "
     "Ia membahas HMA di daerah itu. Penyuluhan HMA digelar.", [("undefined", "HMA", None)]),
    # part of a company's name after PT is no short form, unless the article writes the name
    # with the form it is a slip of; initials with an age stay initials
    ("near-caps-same-name-head", "Direktur PT SPR hadir. Saham PT SPR naik. Kemudian Direktur Utama PT SRP diperiksa.",
     [("near_miss", "SRP", "SPR")]),
    ("no-near-caps-name-head-initials", "Saham PT SPR naik. Laba PT SPR turun. Kemudian PT SRP (45) diperiksa.", []),
    # I and L look alike only in lower case
    ("no-near-caps-i-for-l", "Portal INSW dibuka. Data INSW lengkap. Pengelola INSW adalah LNSW.",
     [("undefined", "INSW", None), ("undefined", "LNSW", None)]),
    ("no-near-caps-indonesian-word", "Kartu Izin Tinggal Terbatas (KITAS) diperpanjang. KITAS berlaku setahun. Kata dia, KITA harus taat.",
     []),
    ("near-caps-extra-neighbouring-key", "Komisi Pemilihan Umum (KPU) menetapkan jadwal. Anggota MKPU hadir kemarin.",
     [("near_miss", "MKPU", "KPU")]),
    # another extra letter or a far key makes another short form (Program Studi Ilmu Lingkungan:
    # PSIL beside SIL; dana transfer umum: DTU beside DAU)
    ("no-near-caps-extra-letter", "Sekolah Ilmu Lingkungan (SIL) dibuka. SIL menerima mahasiswa. Dulu namanya PSIL.",
     [("undefined", "PSIL", None)]),
    # the slip in the definition itself: defined once, never used, while the article uses the
    # form that spells the long form's initials
    ("mismatch-slipped-definition", "Rosan melarang Badan Usaha Milik Negara (BUMG) menyembunyikan utang. Banyak BUMN yang untung.",
     [("mismatch", "BUMG", "BUMN")]),
    ("mismatch-slipped-definition-letter-lost", "Penanaman Modal Dalam Negeri (PMD) menjadi motor utama. Realisasi PMDN naik.",
     [("mismatch", "PMD", "PMDN")]),
    # a short form that fits only the tail of its long form, never used again, while the
    # article uses the initials of the whole twice: the first letter slipped
    ("mismatch-slipped-definition-first-letter", "Rosan melarang Badan Usaha Milik Negara (UMN) menyembunyikan utang. "
     "Banyak BUMN yang untung. Laba BUMN naik.", [("mismatch", "UMN", "BUMN")]),
    ("no-mismatch-tail-fit-whole-used-once", "Rosan melarang Badan Usaha Milik Negara (UMN) menyembunyikan utang. "
     "Banyak BUMN yang untung.", [("unused", "UMN", None)]),
    ("no-mismatch-two-definitions", "Badan Usaha Milik Negara (BUMN) dan Badan Usaha Milik Daerah (BUMD) hadir. BUMN itu besar.",
     [("unused", "BUMD", None)]),
    # a letter put inside a form the article writes twice (not at an end, where other short
    # forms grow: PSIL above) — but not beside a form known only from a list and used once
    ("near-caps-inner-insertion", "Pembayaran QRIS makin luas. Stiker QRIS dipasang. Ada stiker palsu di atas QRICS asli.",
     [("near_miss", "QRICS", "QRIS"), ("undefined", "QRIS", None)]),
    ("no-near-caps-inner-insertion-known-once", "Peserta magang PTKI hadir. Sejarah PKI dibahas.",
     [("undefined", "PTKI", None)]),
    # a far key inside or at the end of a form the article defines or writes three times or
    # more (a slip typed once), not in brackets after words (a definition the check could not
    # read: dana transfer umum (DTU) beside DAU) and never the first letter (DPR, MPR)
    ("near-caps-far-key-dominant", "Penjualan BPJS naik. Iuran BPJS naik. Kantor BPJS buka. Program BPJQ Kesehatan berjalan.",
     [("near_miss", "BPJQ", "BPJS")]),
    ("no-near-caps-far-key-bracketed", "Dana DAU dipotong. DAU turun. Porsi DAU kecil. Lalu dana transfer umum (DTU) naik.",
     [("undefined", "DAU", None)]),
    ("no-near-caps-far-key-first-letter", "Rapat DPR digelar. Anggota DPR hadir. Ketua DPR bicara. Sidang ZPR ditunda.",
     [("undefined", "ZPR", None)]),
    ("no-near-caps-far-key-used-twice", "Penjualan BPJS naik. Iuran BPJS naik. Program BPJQ Kesehatan berjalan.",
     [("undefined", "BPJQ", None)]),
    # only an unknown capitalised word beside the form makes it look like part of a name: a
    # strong slip of a form the article writes three times is still a slip
    ("near-caps-beside-unknown-name-word", "Operasi OTT digelar. Hasil OTT dibahas. Dalam OTT itu uang disita. "
     "Dua polisi terjaring ORT Bidpropam Polda Sumut.", [("near_miss", "ORT", "OTT"), ("undefined", "OTT", None)]),
    ("no-near-caps-initials", "Anggaran APBN naik. APBN disusun. Pelaku berinisial APBM (21) ditangkap.", []),
    ("no-near-caps-house-sibling", "Penyaluran BPNT tahap tiga dimulai. BPNT cair pekan depan.", [("undefined", "BPNT", None)]),
    ("no-near-known", "Badan Pusat Statistik (BPS) merilis data. BPK memeriksa laporan BPS.", []),
    ("no-near-caps-siblings", "Pembangkit Listrik Tenaga Surya (PLTS) dibangun. PLTS dan PLTB saling melengkapi.",
     [("undefined", "PLTB", None)]),
    # a last letter that names a kind in a family of short forms the glossary knows (PLTA,
    # PLTD, PLTN, PLTS, PLTU: power plants by their source) is another kind, not a slip: the
    # wind plant beside the nuclear one (held-out FALSE); a two-letter stem is no family (KPJ above)
    ("no-near-caps-kind-letter", "Pembangkit Listrik Tenaga Nuklir (PLTN) masih dikaji. PLTN butuh uranium, "
     "sedangkan PLTB cukup angin. Biaya PLTN tinggi.", [("undefined", "PLTB", None)]),
    ("near-caps-no-family", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memantau cuaca. BMKG mencatat hujan. "
     "Kepala BMKH hadir.", [("near_miss", "BMKH", "BMKG")]),
    ("no-near-first-syllable", "Sekretariat Dewan (Setwan) menyiapkan rapat. Setwan dan Sekwan hadir.", []),
    ("no-near-prefix", "Kepolisian Resor Kota (Polresta) menggelar apel di Mapolresta Bogor. Polresta bersiaga.", []),
    # ---------------------------------------------------------------- 3. before definition, redefined, unused
    ("before-definition", "BPS mencatat inflasi 2 persen.\n\nBadan Pusat Statistik (BPS) merilis data itu Senin.",
     [("before_definition", "BPS", None)]),
    ("before-definition-reverse", "KPPU menjatuhkan denda.\n\nJuru bicara KPPU (Komisi Pengawas Persaingan Usaha) menjelaskan.",
     [("before_definition", "KPPU", None)]),
    ("before-definition-mixed", "Bakohumas bertemu di Jakarta.\n\nBadan Koordinasi Hubungan Masyarakat (Bakohumas) dibentuk 1970.",
     [("before_definition", "Bakohumas", None)]),
    ("before-definition-slash", "Anggaran K/L dipangkas.\n\nBelanja Kementerian dan Lembaga (K/L) dievaluasi.",
     [("before_definition", "K/L", None)]),
    # 13.11: explained a few words later in the same paragraph is defined at first use …
    ("before-definition-same-paragraph",
     "Tim BPS turun ke pasar setiap pekan. Menurut Badan Pusat Statistik (BPS), harga beras naik.", []),
    # … but not when the explanation is far away in the same paragraph
    ("before-definition-same-paragraph-far",
     "Tim BPS turun ke pasar. " + "Harga beras dan cabai naik di banyak kota pekan ini. " * 5
     + "Badan Pusat Statistik (BPS) mencatat kenaikan itu.", [("before_definition", "BPS", None)]),
    ("before-definition-headline",
     "# BPS Catat Inflasi 2 Persen\n\nBadan Pusat Statistik (BPS) merilis data. BPS menyebut harga stabil.\n", [],
     "markdown"),
    ("before-definition-quote",
     "\"Kami minta BPS membantu,\" kata Tito. Badan Pusat Statistik (BPS) lalu turun ke pasar. BPS mencatat harga.",
     []),
    ("before-definition-lowercase-first",
     "Program makan bergizi gratis (MBG) berjalan. MBG menjangkau sekolah. Makan Bergizi Gratis (MBG) dievaluasi.",
     []),
    ("before-definition-compound",
     "Satuan Tugas Bantuan Likuiditas Bank Indonesia (Satgas BLBI) dibubarkan. Satgas BLBI bekerja lama. "
     "Satuan Tugas (Satgas) itu dibentuk 2021. Bantuan Likuiditas Bank Indonesia (BLBI) dikucurkan 1998.", []),
    ("before-definition-subheading",
     "Upaya Pemprov DKI Jakarta Atasi Banjir\n\nPemerintah Provinsi (Pemprov) DKI Jakarta menyiapkan pompa. "
     "Pemprov menambah petugas.", []),
    ("before-definition-known", "Warga cukup membawa KTP. Kartu Tanda Penduduk (KTP) asli wajib dibawa.", []),
    ("before-definition-compound-parts",
     "Sekolah Ilmu Lingkungan (SIL) digabung. Mahasiswa SIL UI protes. "
     "Forum Sekolah Ilmu Lingkungan UI (SIL UI) menolak. SIL UI meminta dialog.", []),
    ("redefined", "Makan Bergizi Gratis (MBG) dimulai. MBG menjangkau sekolah. Program Makanan Bergizi Gratis (MBG) dievaluasi.",
     [("redefined", "Makanan Bergizi Gratis", None)]),
    ("redefined-two-programmes", "Program Keluarga Harapan (PKH) cair. PKH naik. Satgas Penertiban Kawasan Hutan (PKH) bekerja.",
     [("redefined", "Penertiban Kawasan Hutan", None)]),
    ("redefined-connector-only",
     "Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) diperbarui. DTSEN dipakai. Data Tunggal Sosial Ekonomi Nasional (DTSEN) final.",
     []),
    ("redefined-title-only", "Kepala Badan Gizi Nasional (BGN) hadir. Badan Gizi Nasional (BGN) menambah dapur. BGN sigap.", []),
    ("unused", "Kepala Bagian (Kabag) Umum Sekretariat hadir dalam rapat itu.", [("unused", "Kabag", None)]),
    ("unused-reverse", "Dana itu tidak dibelikan SUN (Surat Utang Negara) lagi.", [("unused", "SUN", None)]),
    ("unused-two-words", "Kepala Biro Penerangan Masyarakat (Karo Penmas) Divisi Humas Polri hadir.",
     [("unused", "Karo Penmas", None)]),
    ("unused-lowercase-use-counts", "Hubungan Masyarakat (Humas) dilatih. Para humas pemerintah hadir.", []),
    # ---------------------------------------------------------------- 4. undefined
    ("undefined", "Tim XKPQ menyerahkan laporan kepada menteri.", [("undefined", "XKPQ", None)]),
    ("undefined-first-use-only", "Tim XKPQ menyerahkan laporan. Laporan XKPQ diterima.", [("undefined", "XKPQ", None)]),
    ("undefined-inflected", "Tim XKPQ-nya menyerahkan laporan kepada menteri.", [("undefined", "XKPQ", None)]),
    ("undefined-known", "DPR menggelar rapat dengan TNI dan Polri. Hasilnya disiarkan TV nasional.", []),
    ("undefined-roman", "Komisi XIII DPR menggelar rapat kerja.", []),
    ("undefined-currency", "Investasi mencapai US$ 5 juta.", []),
    ("undefined-shouting", "BREAKING NEWS GEMPA GUNCANG KOTA PADANG", []),
    # 13.3: initials of people are not acronyms …
    ("initials-age", "Polisi menangkap pria berinisial MS (45) di rumahnya. MS mengaku menyesal.", []),
    ("initials-marker", "Jaksa memeriksa Saudara LK dan tersangka RMP pekan lalu.", []),
    ("initials-list-ages", "Kelima pelaku, AB (21), CD (26), EF (22), serta GH (17), ditahan.", []),
    ("initials-list-letters", "Sembilan tersangka itu adalah RSA, NN, VS, S, dan Z.", []),
    ("initials-name-given", "Tersangka Andi Wijaya (AW) ditahan sejak Senin.", []),
    ("initials-of-a-name", "Pelatih Shin Tae-yong kembali ke Jakarta. STY siap melatih lagi.", []),
    # … but a short form beside them still needs its long form, and a year is not an age
    ("initials-beside-acronym", "Petugas DPMPTSP melayani warga berinisial MS (45).",
     [("undefined", "DPMPTSP", None)]),
    ("year-is-not-an-age", "Laporan BPKD (2024) menyebut defisit anggaran.", [("undefined", "BPKD", None)]),
    # 13.4: short forms inside names, models, titles, codes, units and currencies …
    ("name-station", "Gubernur meninjau Stasiun MRT Dukuh Atas, Senin.", []),
    ("name-hotel", "Rapat digelar di Hotel RM Kencanawangi, Jakarta.", []),
    ("name-company-pt", "Direktur PT SRN ikut diperiksa penyidik.", []),
    ("name-group", "Gedung itu kini dikelola TMS Group.", []),
    ("name-models", "Penyidik menyita mobil QRX Seal dan mobil bermerek Toyota ZR.", []),
    ("name-club", "Ia pernah melatih Jeonbuk HM sebelum pulang.", []),
    ("name-aircraft", "Pesawat N-219 buatan dalam negeri terbang perdana.", []),
    ("title-vp", "VP for Sales perusahaan itu, Rina Sari, hadir. CEO-nya absen.", []),
    ("known-media", "Menurut CNN dan BBC, berita itu dikutip AFP.", []),
    ("currency-amount", "Harga paket wisata mencapai SGD 500 per orang, sekitar THB 32,64 ribu.", []),
    ("currency-context", "Dolar AS melemah terhadap EUR dan mata uang Jepang JPY pagi ini.", []),
    ("share-codes", "Saham KLMN (+2,10%) dan OPQR (+1,05%) memimpin kenaikan, STUV, dan KLMN menyusul.", []),
    ("unit-after-figure", "Pembangkit itu berkapasitas 12,5 GW pada 2030.", []),
    ("case-number", "Putusan Nomor 88/PUU-XXI/2023 menjadi dasar gugatan itu.", []),
    ("flight-number", "Ia menumpang pesawat Garuda GA412 ke Medan.", []),
    # … but an office of a province and an office before a common word stay short forms to define
    ("region-office", "Kepala DLH Kalteng meninjau lokasi tambang.", [("undefined", "DLH", None)]),
    ("office-head", "Konferensi pers digelar di Kantor DJP, Jakarta.", [("undefined", "DJP", None)]),
    # explained where it is written
    ("explained-lowercase", "Prajurit menjalankan OMSP (operasi militer selain perang) di perbatasan.", []),
    ("explained-slash", "Bank Sentral Swiss (Swiss National Bank/SNB) memangkas bunga. SNB menunggu data.", []),
    ("explained-atau", "Pemerintah menambah Bantuan Langsung Tunai atau BLT bagi warga.", []),
    ("explained-two-word-definition", "Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) menyita aset. DJP menjelaskan.",
     [("unused", "Kanwil DJP", None)]),
    ("explained-slash-alias", "Gaji Aparatur Sipil Negara (ASN/PNS) naik tahun depan.", []),
    # 13.7: the ministry's own short form written without the hyphen is the same form
    ("official-variant-unhyphenated", "Penghargaan dari KemenPANRB diterima kemarin. Kementerian PANRB menilai inovasi itu.", []),
    # ---------------------------------------------------------------- 5. official pair contradicted
    ("official-alternate", f"{K} (Kemkominfo) menggelar rapat. Kemkominfo mengundang media.",
     [("official", "Kemkominfo", "Kominfo")]),
    ("official-news-variant", "Kementerian Pertahanan (Kemenhan) membeli jet tempur. Kemenhan menyebut harganya.",
     [("official", "Kemenhan", "Kemhan")]),
    ("official-news-variant-2", "Kementerian Ketenagakerjaan (Kemenaker) membuka posko. Kemenaker menerima aduan.",
     [("official", "Kemenaker", "Kemnaker")]),
    ("official-second-alternate", f"{K} (Kemenkominfo) menggelar rapat. Kemenkominfo mengundang media.",
     [("official", "Kemenkominfo", "Kominfo")]),
    ("official-house-form", "Kementerian Pertahanan (Kemhan) membeli jet tempur. Kemhan menyebut harganya.", []),
    ("official-tail", "Kementerian Pekerjaan Umum (PU) memperbaiki jalan. PU menurunkan alat berat.", []),
    ("official-other-expansion", "Badan Koordinasi Hubungan Masyarakat (Bakohumas) bertemu. Bakohumas sepakat.", []),
    ("official-generic-head", "Otorita Ibu Kota Nusantara (IKN) meneken kerja sama. IKN menyiapkan lahan.", []),
    ("official-slash", "Anggaran 99 Kementerian/Lembaga (KL) dibuka blokirnya. Belanja KL naik.",
     [("mismatch", "KL", "K/L")]),
    # ---------------------------------------------------------------- 6. names
    ("name", "Dirjen Usman Kansong hadir. Menurut Kansong, agenda penting. Kanzong juga menyebut hal itu.",
     [("name_near_miss", "Kanzong", None)]),
    # 13.11: two spellings of a name are reported on the minority, without a replacement: the
    # majority is not the truth
    ("name-sentence-initial", "Usman Kansong hadir. Kansong membuka rapat. Kanzong menambahkan bahwa rapat penting.",
     [("name_near_miss", "Kanzong", None)]),
    ("name-company", "Jiwasraya gagal bayar. Nasabah Jiwasraya menuntut. Pemerintah menyehatkan Jiwasryaya.",
     [("name_near_miss", "Jiwasryaya", None)]),
    ("name-two-edits", "Syarifuddin ditangkap. Syarifuddin mengaku. Pelaku Syaripudin Lubis (25) diperiksa.",
     [("name_near_miss", "Syaripudin", None)]),
    ("near-house-mixed", "Pertemuan Bakohumass digelar di Jakarta pekan ini.", [("near_miss", "Bakohumass", "Bakohumas")]),
    ("name-once-each", "Kansong hadir. Kanzong pulang.", []),
    ("name-both-repeated", "Rahmatullah bicara. Rahmatullah pulang. Rahmatulloh datang. Rahmatulloh duduk.", []),
    ("name-first-letter", "Dadang Suhendar hadir. Dadang bicara. Badang ikut.", []),
    ("name-ordinary-word-not-a-reference", "Kepala Badan bicara. Badan itu besar. Dadan Hindayana hadir.", []),
    ("name-near-glossary-institution", "Kemenkue mengumumkan paket stimulus baru.",
     [("near_miss", "Kemenkue", "Kemenkeu")]),
    # ---------------------------------------------------------------- falsealarms2: held-out patterns
    # capitals that are no short forms: not reported
    ("plate-letters", "Petugas menghentikan mobil B 2417 KQZ di jalan tol.", []),
    ("plate-after-pelat", "Mobil berpelat merah QW 3 F itu menunggak pajak.", []),
    ("code-glued-to-digits", "Jet tempur KRX-35 dan truk 4WD dipamerkan di lapangan.", []),
    ("legal-form", "Saham Nusantara Hijau LLC naik tajam pekan ini.", []),
    ("currency-after-amount", "Nilai kontrak itu mencapai 2,5 miliar NOK tahun lalu.", []),
    ("source-publication", "Seperti dikutip dari laman QWZN, harga kopi naik.", []),
    ("brand-list", "Pasar dikuasai perusahaan seperti Huawei, Tencent, dan XKRB.", []),
    ("model-after-make", "Motor berjenis Honda ZXR milik korban hilang.", []),
    ("law-name", "Ia dijerat Pasal 27 UU QWE karena unggahannya.", []),
    ("spelled-in-paragraph", "Pemerintah menambah bantuan pangan wilayah pekan ini; penyaluran BPW dimulai di Jawa.", []),
    ("english-name-word", "Kota itu meraih penghargaan Global Alliance of Mayors FOR Clean Rivers.", []),
    ("author-note", "Harga beras naik lagi.\n\n*Penulis adalah peneliti di XKPQ.", []),
    # … and the same short forms used as short forms stay reported
    ("plate-shape-needs-number", "Petugas KQZ menghentikan mobil di jalan tol.", [("undefined", "KQZ", None)]),
    ("code-not-glued", "Jet tempur itu milik KRX dan mendarat pagi.", [("undefined", "KRX", None)]),
    ("no-brand-head", "Dana itu disalurkan lewat XKRB dan Kopdes.", [("undefined", "XKRB", None)]),
    ("spelled-far-away", "Pemerintah menambah bantuan pangan wilayah pekan ini untuk warga di seluruh pelosok negeri, "
     "terutama di desa yang jauh dari pasar dan sulit dijangkau truk logistik; penyaluran BPW dimulai di Jawa.",
     [("undefined", "BPW", None)]),
    # may be no short form: a hint
    ("two-letters-hint", "Polisi memeriksa KD di kantornya pekan lalu.", [("undefined_doubtful", "KD", None)]),
    ("quote-only-hint", "“Kami menunggu hasil audit XKPQ,” kata Rina.", [("undefined_doubtful", "XKPQ", None)]),
    ("quote-and-narrative", "“Kami menunggu hasil audit XKPQ,” kata Rina. XKPQ belum menjawab.",
     [("undefined", "XKPQ", None)]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_case(engine, case):
    name, text, expected, *rest = case
    kind = rest[0] if rest else "plain"
    got = _summary(_check(engine, text, kind))
    assert got == sorted(expected), f"{name}: {text!r}"


def test_case_count():
    assert len(CASES) >= 60


# ---------------------------------------------------------------- the seed article
def test_seed_article(engine, seed_text):
    findings = _check(engine, seed_text)
    serious = [f for f in findings if f.severity >= Severity.WARNING]
    assert [(f.text, f.suggestions) for f in serious] == [("Komimfo", ("Kominfo",))]
    komimfo = serious[0]
    assert report_kind(komimfo.message) == "mismatch" and komimfo.severity == Severity.ERROR
    assert seed_text[komimfo.start:komimfo.end] == "Komimfo"
    # its other definitions: nothing false (at most the info that Kabag, Karo Penmas and
    # Korlantas are defined and not used again, which is true)
    for f in findings:
        if f.text in ("IKP", "Humas", "K/L", "Bakohumas", "Kabag", "Karo Penmas", "Korlantas"):
            assert f.severity <= Severity.INFO and report_kind(f.message) == "unused", f


def test_seed_article_default_engine(default_engine, seed_text):
    """With every built-in rule: one finding on Komimfo (merged with any other rule's)."""
    on = [f for f in default_engine.check(Document(seed_text, None, "plain")) if f.text == "Komimfo"]
    assert len(on) == 1 and on[0].suggestions[0] == "Kominfo" and on[0].rule == RULE_ID


# ---------------------------------------------------------------- options
def test_level_off():
    e = Engine(Config(root=REPO), rules=[_rule("")])
    rule = _rule("").__class__
    text = f"{K} (Komimfo) mendorong kolaborasi. Kominfo menggelar rapat."
    src = RULE_FILE.read_text(encoding="utf-8").replace("  mismatch: error", "  mismatch: off")
    e = Engine(Config(root=REPO), rules=[parse_rule(src, str(RULE_FILE), RULE_ID)])
    assert not [f for f in e.check_text(text) if f.text == "Komimfo"]
    del rule


def test_rule_level_caps_kinds():
    r = _rule()
    r.level = Severity.WARNING  # as a project config `rules: {Newsroom.Acronyms: warning}` does
    e = Engine(Config(root=REPO), rules=[r])
    f = [f for f in e.check_text(f"{K} (Komimfo) hadir. Kominfo menggelar rapat.") if f.text == "Komimfo"]
    assert f and f[0].severity == Severity.WARNING


def test_exceptions_and_known():
    src = RULE_FILE.read_text(encoding="utf-8")
    src = src.replace("exceptions:\n", "exceptions:\n  - Komimfo\n").replace("known:\n", "known:\n  - XKPQ\n")
    e = Engine(Config(root=REPO), rules=[parse_rule(src, str(RULE_FILE), RULE_ID)])
    assert not e.check_text(f"{K} (Komimfo) hadir. Tim XKPQ melapor. XKPQ selesai.")


def test_messages_option():
    src = RULE_FILE.read_text(encoding="utf-8") + "messages:\n  mismatch: \"Ganti {match} dengan {suggestion}.\"\n"
    e = Engine(Config(root=REPO), rules=[parse_rule(src, str(RULE_FILE), RULE_ID)])
    f = [f for f in e.check_text(f"{K} (Komimfo) hadir. Kominfo rapat.") if f.text == "Komimfo"]
    assert f[0].message == "Ganti Komimfo dengan Kominfo."


def test_bad_option_is_a_rule_error():
    from sunting.errors import RuleError

    src = RULE_FILE.read_text(encoding="utf-8") + "levels_typo: {}\n"
    with pytest.raises(RuleError):
        parse_rule(src, str(RULE_FILE), RULE_ID)


def test_exact_range_after_emoji_and_markdown(engine):
    text = "**Berita** 😀 — " + K + " (Komimfo) hadir. Kominfo menggelar rapat.\n"
    doc = Document(text, None, "markdown")
    f = [f for f in engine.check(doc) if f.text == "Komimfo"]
    assert f and text[f[0].start:f[0].end] == "Komimfo"


def test_fix_is_safe_only_for_mismatch(engine):
    f = _check(engine, f"{K} (Komimfo) hadir. Kominfo rapat.")
    assert f[0].safe_fix == "Kominfo"
    g = _check(engine, "Kansong hadir. Kansong bicara. Kanzong pulang.")
    assert g and g[0].safe_fix is None  # a name is for the editor to confirm


# ---------------------------------------------------------------- the fit itself
FITS = [
    ("Kominfo", "Komunikasi dan Informatika", True),
    ("Komimfo", "Komunikasi dan Informatika", False),
    ("Korlantas", "Korps Lalu Lintas", True),
    ("Bakohumas", "Badan Koordinasi Hubungan Masyarakat", True),
    ("Satgas", "Satuan Tugas", True),
    ("K/L", "Kementerian dan Lembaga", True),
    ("IKP", "Informasi dan Komunikasi Publik", True),
    ("Polhukam", "Politik, Hukum, dan Keamanan", True),
    ("Kemendikbudristek", "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", True),
    ("P2MI", "Pelindungan Pekerja Migran Indonesia", True),
    ("BSP", "Badan Pusat Statistik", False),
    ("Persero", "PT Pertamina", False),
    ("Gus Ipul", "Saifullah Yusuf", False),
]


@pytest.mark.parametrize("short,long,expected", FITS)
def test_fit(short, long, expected):
    connectors = get_language("id").acronym_connectors
    assert (fit.fitting_start(fit.letters(short), fit.words_of(long), connectors) is not None) is expected
