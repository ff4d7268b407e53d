"""Bahasa Indonesia: what sunting knows about Indonesian that is not a rule.

Every Indonesian word list the text model and the checks need lives here (abbreviations that
do not end a sentence, function words of titles, the connectors and generic heads of acronym
long forms, the words around initials and codes, the Latin and Arabic of Indonesian copy, day
and month names) with the lexicon, the tagger and the default messages. A check reads them
from ``self.language``; a rule may still replace a list with its own options.
"""

from __future__ import annotations

import re
from typing import Any

from sunting.languages.model import Calendar, Clauses, ForeignWords, Language, Renamings, ShortFormWords


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _lexicon() -> Any:
    from sunting.lexicon import get_lexicon

    return get_lexicon()


def _tagger() -> Any:
    from sunting.tagger import get_tagger

    return get_tagger()


def _morphology() -> Any:
    from sunting.tagger.affixes import get_analyser

    return get_analyser()


def _active_form(analysis: Any) -> str:
    """meN- as the only prefix, with KBBI's nasal assimilation (peluluhan)."""
    from sunting.tagger.affixes import men_word

    return men_word(analysis)


def reduplicated(a: str, b: str) -> bool:
    """Whether two different words read as the parts of one reduplicated form (kata ulang):
    one holds the other, as an affixed reduplication does (``seolah``/``olah``,
    ``perlahan``/``lahan``), the same consonants with other vowels (``bolak``/``balik``,
    ``mondar``/``mandir``), or the same rhyme after another first letter (``serta``/``merta``,
    ``seluk``/``beluk``). A compound of two words (``siap``/``siaga``, ``tumpang``/``tindih``)
    is none, however the dictionary writes it."""
    a, b = a.lower(), b.lower()
    if a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and short in long_:
        return True
    if len(a) != len(b) or len(a) < 4:
        return False
    if a[1:] == b[1:]:
        return True
    return "".join(c for c in a if c not in "aeiou") == "".join(c for c in b if c not in "aeiou")


_CONSONANT_RUN = re.compile(r"[^aeiou]{3}")
_DOUBLED = re.compile(r"(.)\1")


def reads_as_word(form: str) -> bool:
    """Whether a form in capitals is said as a word, as a name is (``SIMIRAH``, ``INATRADE``,
    ``SMESCO``, ``DEMA``): four letters or more, two vowels or more, never three consonants
    in a row nor a letter doubled — the shape of Indonesian syllables. A form said letter by
    letter (``TPID``, ``KSSK``, ``DP3AP2KB``) is none."""
    low = form.lower()
    if len(low) < 4 or not low.isalpha() or sum(c in "aeiou" for c in low) < 2:
        return False
    return not _CONSONANT_RUN.search(low) and not _DOUBLED.search(low)


#: possessive enclitics and particles after a suffix (``…kannya``, ``…ilah``, ``…kanlah``)
CLITICS = ("", "nya", "ku", "mu", "lah", "kah", "pun", "nyalah", "nyakah", "nyapun", "kulah", "mulah")


_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def number_words(n: int) -> str | None:
    """0–999 in words (``11`` → ``sebelas``, ``47`` → ``empat puluh tujuh``, ``100`` →
    ``seratus``); None outside: EYD V writes in letters a number one or two words can say."""
    if not 0 <= n <= 999:
        return None
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n) or f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, unit = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"
    return head + (f" {number_words(rest)}" if rest else "")


#: Never end a sentence (titles and labels that precede something; mis. ‘misalnya’,
#: lih. ‘lihat’, bdk. ‘bandingkan’, spt. ‘seperti’ introduce what follows).
TITLES = _words(
    """dr drs dra prof ir h hj kh st no nomor hlm tgl jl jln kec kab kel kel. bpk ibu sdr sdri yth
    a.n u.p s.h s.e s.pd s.kom m.si m.m m.h m.pd ph.d dr.h s.t s.sos s.ip m.t mr mrs ms
    pol kol brigjen kombes akbp ajun kompol iptu ipda aiptu bripka brigpol bripda letjen mayjen
    no. vol ed kep per pt cv tbk persero ltd co inc kp rt rw gg dk bg dkk
    mis lih bdk spt"""
)

#: function words that stay lower case inside a title (EYD V: huruf kapital, judul), with the
#: particles of personal names (Van de Ven, bin, binti)
TITLE_WORDS = _words(
    "di ke dari dan yang untuk pada dengan atau oleh dalam sebagai tentang bagi serta hingga "
    "sampai antara terhadap kepada per vs para si sang melalui menuju tanpa sejak selama demi "
    "lewat atas karena agar sebelum setelah sesudah usai jelang soal seperti yakni ala "
    "van de der von da bin binti"
)

SHORT_FORMS = ShortFormWords(
    person_words=_words(
        """inisial berinisial berinisialkan saudara saudari sdr sdri tersangka terdakwa terpidana terlapor
        pelapor pelaku korban saksi alias disapa dipanggil sapaan panggilan pak bu bapak ibu mas mbak bang kak adik dik
        tuan nyonya almarhum almarhumah mendiang
        bripda briptu brigpol brigadir bripka aipda aiptu ipda iptu akp kompol akbp kombes brigjen irjen
        komjen pratu prada praka kopda koptu kopka serda sertu serka serma pelda peltu letda lettu
        kapten mayor letkol kolonel"""
    ),
    person_after=_words("selaku"),
    fillers=_words("itu tersebut adalah yakni yaitu ialah bernama masing-masing berinisial inisial keempat ketiga kedua"),
    name_heads=_words(
        """stasiun hotel pasar bandara terminal pelabuhan gedung jalan jl tol mal mall plaza klub kapal
        pesawat kereta ka rs rsu rsud rsup apartemen menara tower pt cv ud tbk bank yayasan merek
        uu ruu undang-undang perppu perpu perpres"""
    ),
    brand_heads=_words(
        "mobil motor merek merk bermerek produk pesawat kapal ponsel gawai tipe bertipe jenis berjenis seri model varian"),
    name_tails=_words(
        """group grup holding tbk ltd inc corp corporation co company logistics airlines airways motor motors
        energy energi indonesia international internasional"""
    ),
    list_heads=_words("perusahaan produsen pabrikan merek merk brand mobil motor ponsel produk startup"),
    list_fillers=_words("seperti yakni yaitu antara lain lokal nasional asing besar ternama global dunia"),
    source_heads=_words("laman jurnal majalah harian koran tabloid dilansir melansir dikutip mengutip lansiran"),
    legal_forms=_words("PT CV UD TBK LLC LTD INC PLC LLP AG SA NV BV SE SPA SRL AB ASA OY KK PTE BHD SDN"),
    plate_words=_words("pelat plat nopol"),
    english_name_joiners=_words("of for and the on in at to by with from"),
    amount_words=("ribu", "juta", "miliar", "triliun"),
    code_heads=_words("saham kode emiten indeks ticker"),
    currency_heads=_words("terhadap kurs dolar mata uang nilai tukar per"),
    currency_phrase="mata uang",
    # Indonesia's provinces and their usual short forms (DLH Kalteng)
    regions=_words(
        """aceh sumut sumbar riau kepri jambi sumsel babel bengkulu lampung dki jakarta jabar banten jateng
        diy yogyakarta jogja jatim bali ntb ntt kalbar kalteng kalsel kaltim kaltara sulut gorontalo
        sulteng sulbar sulsel sultra maluku malut papua pabar pbd"""
    ),
    list_conjunctions=("dan", "serta", "atau"),
    # Balinese (I Gusti Ngurah/Ayu/Bagus/Ketut/Made/Putu, Ida Bagus/Ayu, Anak Agung …),
    # Javanese court (Gusti Kanjeng Ratu, Kanjeng Gusti Pangeran Harya/Adipati Arya, Kanjeng
    # Raden Tumenggung, Bendara Raden Ayu, Raden Ajeng/Mas/Ayu/Rara), Sundanese-Banten
    # (Tubagus) and Sasak (Tuan Guru Haji, Lalu/Baiq) name prefixes, as their initials
    name_prefix_initials=_words(
        """IGN IGA IGB IGK IGM IGP IGAA IGAN IB IA AA AAA AAG AAN AAGN AAAN GKR GKBRAA GKBRAy GPH
        KGPH KGPAA KGPA KPH KPA KRT KRAT KRA BRA BRAy BRM RA RAA RM RMP RAy RR Tb TGH TGKH"""
    ),
    academic_titles=_words("prof dr drs dra drg ir"),
    definition_joiners=("dan", "dari", "untuk", "serta", "pada", "di", "ke", "of", "and", "for"),
    author_notes=(r"penulis\s+(?:adalah|merupakan)\b",),
)

FOREIGN = ForeignWords(
    # Latin (and a few Dutch and French) phrases of Indonesian legal and academic writing, as
    # KBBI and law reports use them
    latin_phrases=frozenset(" ".join(p.split()) for p in (
        """ultra petita|in casu|expressis verbis|a quo|ad quem|de facto|de jure|erga omnes|in absentia|
        prima facie|ex officio|mutatis mutandis|lex specialis|lex generalis|lex specialis derogat legi generali|
        lex posterior|pacta sunt servanda|res judicata|ne bis in idem|nebis in idem|nullum crimen sine lege|
        in dubio pro reo|amicus curiae|habeas corpus|status quo|ad hoc|per se|vice versa|bona fide|
        ultra vires|contra legem|obiter dictum|ratio decidendi|sui generis|quod non|in concreto|in abstracto|
        a contrario|inkracht van gewijsde|force majeure|condicio sine qua non|conditio sine qua non|
        in persona|de novo|ex post facto|a priori|a posteriori|et al|ipso facto|in toto|pro bono|
        persona non grata|fait accompli|raison d'etre|curriculum vitae|alma mater|honoris causa|
        magna cum laude|cum laude|summa cum laude|in memoriam|modus operandi|modus vivendi|terra incognita"""
    ).replace("\n", " ").split("|")),
    arabic_particles=_words(
        """al wal wa bil fil lil ya ayyuha ayyuhal alladzina alladzi ladzina inna ila min fi minal ala
        alaihi alaikum allah allahu rabbil rabbana lillahi"""
    ),
    english_joiners=_words("of and the for to on in at by with a an or as from vs"),
    gloss_markers=("alias", "istilahnya", "bahasa Inggrisnya"),
    alternative_word="atau",
    naming_words=("istilah", "diistilahkan", "disebut", "sebutan", "dinamakan", "dikenal dengan",
                  "dikenal sebagai", "dimaksud dengan"),
    defining_words=("merupakan", "adalah", "ialah", "artinya", "berarti"),
    common_frequency=100_000,
)

CALENDAR = Calendar(
    days=("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad"),
    months=(
        ("januari", 1), ("februari", 2), ("maret", 3), ("april", 4), ("mei", 5), ("juni", 6), ("juli", 7),
        ("agustus", 8), ("september", 9), ("oktober", 10), ("november", 11), ("desember", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("agu", 8), ("agt", 8),
        ("ags", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("des", 12),
    ),
    month_names=("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"),
    date_keys=("date", "tanggal", "published", "pubdate"),
    weekdays=("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    weekday_variants=(("jum'at", 4), ("jum’at", 4), ("ahad", 6)),
)

RENAMINGS = Renamings(
    past_words=("era", "masa", "dulu", "dahulu", "semula", "sebelumnya", "mantan", "eks", "bekas", "kala", "zaman",
                "memisahkan", "dipisahkan", "dilebur", "menggantikan", "pengganti", "berganti", "bernama", "disebut"),
    long_form_joiners=("dan", "dan/atau", "untuk"),
    unit_words=("kanwil", "kantor wilayah", "balai", "ditjen", "direktorat", "inspektorat", "sekjen"),
    region_words=("Kota", "Kabupaten", "Kab.", "Provinsi", "Prov.", "Pemkot", "Pemkab", "Pemprov"),
    office_word="Dinas",
    office_prefix="Dis",
)

# EYD V (tanda koma): no comma between subject and predicate; a comma closes a fronted adverbial
CLAUSES = Clauses(
    predicate_words=_words(
        """akan bisa dapat harus sudah telah sedang masih belum perlu wajib mampu mesti boleh ingin mau
        hendak tidak tak pernah kerap sering selalu adalah merupakan ialah menjadi"""
    ),
    complement_openers=_words("bahwa agar supaya"),
    complementiser="bahwa",
    relative="yang",
    definite_suffix="nya",
    negations=_words("tidak tak"),
    alternative_joiner="atau",
    quantity_adjectives=_words("banyak sedikit"),
    adverbial_heads=_words(
        """saat kini sekarang hari tahun bulan pekan minggu malam pagi siang sore subuh dini waktu kali kala masa
        zaman era periode musim abad dekade kuartal semester triwulan akhir awal pertengahan jam menit detik
        kemarin dulu dahulu nanti senin selasa rabu kamis jumat sabtu ahad sejauh sementara tempo tanggal sekian pertama kedua ketiga keempat kelima
        terakhir selanjutnya berikutnya sebelumnya kemudian akhirnya lalu lantas alhasil bahkan maka sehingga
        intinya artinya pokoknya misalnya contohnya hasilnya akibatnya sisanya selebihnya tujuannya
        caranya kesempatan sebagian yang apa siapa mana berapa bagaimana kenapa mengapa"""
    ),
    adverbial_tails=_words("lalu silam kemarin depan mendatang ini itu"),
    phrase_openers=_words(
        """menurut terkait soal perihal mengenai tentang sebagai selain selaku bersama berkat tanpa sesuai
        seperti layaknya bagi untuk guna demi sejak selama hingga sampai usai seusai sebelum sesudah setelah
        menjelang jelang atas dalam dari di ke pada oleh dengan kepada terhadap antara melalui lewat berdasarkan
        merujuk mengutip dikutip dilansir melansir"""
    ),
    phrase_verbs=_words(
        """termasuk terutama terhadap bersama berdasarkan melalui mengenai menyusul mengingat terkait seperti
        berkat bersamaan merujuk menanggapi meliputi berupa tergantung bergantung menjelang menuju
        terlebih bertepatan menurut mengutip dikutip melansir dilansir dilaporkan diketahui ditemui dihubungi
        dikonfirmasi diwawancarai disela menggunakan mengenakan membawa mulai dimulai"""
    ),
    modifier_verbs=_words(
        """bernama berinisial berusia berumur berjudul bertajuk berisi berisikan berupa bernilai berjumlah
        berukuran berstatus berasal beralamat berdomisili bertempat terkait tentang seputar mengenai
        bernomor berlabel bermerek bertema berkedudukan"""
    ),
    speech_words=_words(
        """kata ujar tutur ungkap jelas imbuh tambah sebut terang tegas papar ucap lanjut katanya ujarnya
        tuturnya ungkapnya jelasnya imbuhnya tambahnya sebutnya terangnya tegasnya paparnya ucapnya lanjutnya
        menurutnya"""
    ),
    connectives=_words(
        """dan atau serta tetapi tapi namun melainkan sedangkan padahal apalagi bahkan walau walaupun meski
        meskipun biarpun kendati sekalipun jadi karena sebab jika kalau bila apabila ketika sehingga maka lalu
        lantas kemudian sementara seolah seakan daripada ataupun maupun baik adapun"""
    ),
    list_joiners=_words("dan serta atau hingga sampai maupun"),
    subject_connectives=_words("namun sementara adapun bahkan lalu kemudian lantas jadi padahal apalagi tetapi tapi dan serta"),
    quantity_predicates=_words("sebesar sebanyak senilai seluas setinggi sepanjang seberat sejumlah mencapai"),
    complement_verbs=_words(
        """mengatakan menyatakan menjelaskan menyebut menyebutkan menegaskan menyampaikan mengungkapkan
        menuturkan menambahkan memastikan menilai mengaku mengakui menduga menganggap meyakini mengharapkan
        mengingatkan memperkirakan memprediksi menyadari mengetahui menunjukkan menerangkan membenarkan
        mengklaim menekankan menuding mengungkap mencatat melaporkan mengimbau mengeklaim berpendapat
        berharap yakin"""
    ),
    subordinators=_words(
        """jika kalau bila apabila bilamana ketika saat sewaktu tatkala selagi setelah sesudah sebelum sejak
        selama usai seusai meskipun meski walaupun walau kendati kendatipun biarpun karena lantaran agar supaya
        seandainya andaikan andaikata asalkan"""
    ),
    phrase_tails=_words(
        """itu ini itulah inilah begitu demikian pun lah tersebut juga pula sekarang nanti kini dulu dahulu lalu
        akhirnya mana"""
    ),
    pronouns=_words("ia dia mereka kami kita saya aku beliau kalian"),
    subject_pronouns=_words("ia"),
    modal_words=_words(
        """akan bisa dapat harus perlu mesti wajib boleh sudah telah sedang masih belum tidak tak jangan mampu
        sempat pernah nggak enggak gak ndak"""
    ),
    predicate_adverbs=_words(
        """sangat amat terlalu cukup makin semakin kian lebih paling segera terus tetap selalu sering kerap jarang
        langsung kembali baru hanya cuma sama-sama saling"""
    ),
    breakers=_words(
        """yang dan atau serta tetapi tapi namun melainkan sedangkan padahal maka bahwa sehingga hingga sampai
        untuk guna demi agar supaya karena sebab lantaran jika kalau bila apabila ketika saat setelah sesudah
        sebelum sejak meski meskipun walaupun seperti bagaikan sambil sembari seraya tanpa dengan lalu
        kemudian lantas apakah siapa apa mengapa kenapa bagaimana kapan mana berapa yakni yaitu ialah adalah
        merupakan kata ujar tutur katanya ujarnya sebagai oleh bersama"""
    ),
    prepositions=_words("di ke dari pada dalam bagi terhadap tentang soal atas kepada oleh dengan untuk tanpa"),
    clause_taking_roots=_words(
        """kata ucap ujar tutur sebut jelas terang papar ungkap tegas nyata umum tulis jawab aku akui bantah klaim
        lapor info kabar isyarat ingat imbau tekan jamin janji sepakat setuju putus simpul yakin duga kira sangka
        anggap nilai pikir harap khawatir takut sadar paham tahu ketahui dengar lihat tunjuk bukti catat pasti
        temu rasa minta mohon larang suruh ajak izin biar paksa dorong perintah undang bantu buat bikin tugas
        persila saran wajib coba mulai usaha upaya rencana ingin mau hendak lupa berani butuh perlu biasa
        gemar senang suka sempat henti lanjut terus tolak ancam pilih tuntut desak"""
    ),
)

MESSAGES = {
    "spelling": {
        "typo": "Salah ketik? ‘{match}’ tidak dikenal; mungkin ‘{suggestion}’.",
        "runon": "Spasi hilang? Tulis ‘{suggestion}’.",
        "near_miss": "‘{match}’ mirip ‘{suggestion}’ dalam glosarium: salah ketik nama?",
        "rejected": "‘{match}’ ada dalam daftar kata yang ditolak.",
        "foreign": "Istilah asing ‘{match}’: tulis miring atau pakai padanan Indonesianya.",
        "informal": "Ragam cakapan ‘{match}’; bentuk bakunya ‘{suggestion}’.",
        "unknown": "‘{match}’ tidak ada dalam kamus.",
    },
    "mojibake": {
        "unrepaired": "Teks rusak karena salah pengodean (mojibake): ‘{match}’; periksa naskah aslinya.",
    },
    "substitution": {
        "undated": "‘{match}’ adalah nama lama (berlaku sampai {until}); tanggal artikel tidak diketahui, "
                   "jadi periksa apakah naskah membahas masa itu.",
    },
    "punctuation": {
        "colon": "Paragraf pengantar daftar: akhiri dengan titik dua sesudah ‘{word}’.",
    },
    "acronyms": {
        "mismatch": "Singkatan ‘{match}’ tidak cocok dengan kepanjangannya ‘{long}’; maksudnya ‘{suggestion}’?",
        "near_miss": "‘{match}’ mirip ‘{suggestion}’ ({source}); salah ketik?",
        "before_definition": "‘{match}’ dipakai sebelum didefinisikan (‘{long} ({short})’ di baris {line}).",
        "redefined": "‘{short}’ didefinisikan ulang: di baris {line} ‘{first}’, di sini ‘{match}’.",
        "unused": "‘{match}’ didefinisikan, tetapi tidak dipakai lagi di artikel ini.",
        "undefined": "‘{match}’ belum didefinisikan; tulis kepanjangannya pada pemakaian pertama.",
        "undefined_doubtful": "Bila ‘{match}’ singkatan, tulis kepanjangannya pada pemakaian pertama (bisa juga "
                              "inisial, nama, atau ucapan narasumber).",
        "official": "Menurut glosarium, ‘{long}’ disingkat ‘{suggestion}’, bukan ‘{match}’.",
        "name_near_miss": "‘{match}’ ditulis lain di artikel ini (‘{other}’, {count} kali); periksa ejaan nama yang benar.",
    },
    # where the form a near miss resembles comes from ({source} of acronyms' near_miss)
    "acronym_sources": {
        "defined": "didefinisikan di artikel ini",
        "used": "dipakai {count} kali di artikel ini",
        "glossary": "glosarium",
    },
}

INDONESIAN = Language(
    code="id",
    name="Bahasa Indonesia",
    titles=TITLES,
    sentence_final_abbreviations=_words("dll dsb dst dkk tsb etc"),
    title_words=TITLE_WORDS,
    acronym_connectors=_words(
        "dan untuk di ke dari atas serta bagi pada dengan yang terhadap antar of and the for on in as a an"
    ),
    # leading words that a short form may leave out (Kementerian Pekerjaan Umum (PU))
    acronym_generic=_words(
        """kementerian kementrian kemenko departemen direktorat jenderal badan lembaga dinas komisi biro divisi
        pusat dewan kantor satuan korps bidang bagian balai unit sekretariat inspektorat otorita perusahaan
        umum perum pt persero"""
    ),
    currency_prefixes=("Rp.", "Rp"),
    numerals=_words("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu"),
    measure_words=_words(
        """tahun bulan pekan minggu hari jam menit detik abad dekade orang warga kali persen
        unit buah ekor lembar batang biji butir potong helai pasang kilometer km meter kilogram kg ton liter hektare
        ribu juta miliar triliun rumah desa kecamatan kabupaten provinsi negara kelompok tim"""
    ),
    as_possible=("se", "mungkin"),
    spoken_particles=_words("sih dong deh nih tuh lho loh kok"),
    name_particles=_words("van de der von da bin binti"),
    place_cues=_words(
        """di ke kawasan wilayah daerah negara provinsi kota kabupaten kecamatan desa kelurahan
        asal kelahiran"""
    ),
    place_heads=_words("provinsi kabupaten kota"),
    law_title_word="tentang",
    document_number_words=_words("nomor no no."),
    verb_prefixes=_words("di meN ber ter"),
    short_forms=SHORT_FORMS,
    list_intro_ends=("berikut ini", "berikut", "antara lain", "di antaranya", "yaitu", "yakni", "meliputi", "ialah"),
    list_intro_starts=("Berikut",),
    # 'Artikel ini sudah tayang di …', '*Penulis adalah …', 'Baca juga …'
    credit_lines=(r"\*", r"(?:artikel|berita|tulisan|konten) ini (?:telah|sudah) (?:tayang|terbit|dimuat|diterbitkan)",
                  "penulis adalah", r"(?:baca|simak) (?:juga|selengkapnya|berita|video)",
                  "editor:", "penulis:", "reporter:", "sumber:", "foto:"),
    foreign=FOREIGN,
    calendar=CALENDAR,
    renamings=RENAMINGS,
    clauses=CLAUSES,
    messages=MESSAGES,
    number_words=number_words,
    clitics=CLITICS,
    active_form=_active_form,
    reduplicated=reduplicated,
    reads_as_word=reads_as_word,
    lexicon_factory=_lexicon,
    morphology_factory=_morphology,
    tagger_factory=_tagger,
)
