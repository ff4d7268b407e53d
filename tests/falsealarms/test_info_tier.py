"""Issue 13, the info tier: info is what a national newsroom's desk acts on more often than
not; what it does not act on is a hint. One sentence per decision, with its exact level."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,rule,match,suggestion,level", [
    # a non-standard form that is also a real word: the machine cannot tell which is meant
    ("Petugas menjatuhkan sangsi kepada pelanggar.", "EYD.BakuAmbiguous", "sangsi", "sanksi", "hint"),
    # an established equivalent: info everywhere
    ("Pendaftaran dilakukan secara online sejak pagi.", "Newsroom.ForeignTerms", "online", "daring", "info"),
    # KBBI's colloquial label: info in narrative
    ("Harga naik, tapi pasokan aman.", "EYD.InformalMild", "tapi", "tetapi", "info"),
    # italics advice in plain text: a hint
    ("Bank itu mencegah fraud di semua cabang.", "EYD.ForeignTerm", "fraud", None, "hint"),
])
def test_levels(findings, text, rule, match, suggestion, level):
    assert [(r, m, s, lv) for r, m, s, lv in findings(text) if r == rule] == [(rule, match, suggestion, level)]


# Session 6 (infotier): each decision with the finding it keeps and the one it drops.
@pytest.mark.parametrize("text,rule,expected", [
    # a comma between a verb of saying and the bahwa clause it takes: info, the comma deleted
    ("Polisi menjelaskan, bahwa pelaku sudah ditahan.", "EYD.CommaBahwa", [(",", "", "info")]),
    ("Dijelaskan, bahwa inflasi tidak terhindarkan.", "EYD.CommaBahwa", [(",", "", "info")]),
    # an imperative takes its bahwa clause without a comma too
    ("Ingat, bahwa semua rekomendasi bersifat informatif.", "EYD.CommaBahwa", [(",", "", "info")]),
    # after another phrase bahwa may open an added explanation
    ("Kita perlu bekerja sama, bahwa tugas ini milik semua.", "EYD.CommaBahwa", []),
    # a subordinate clause with no comma and no main clause: info; Padahal opening a sentence
    # is a link between sentences that editors disagree on
    ("Warga diminta mengungsi. Agar aman disarankan menjauh dari sungai.", "EYD.Fragment", [("Agar", None, "info")]),
    ("Warga diminta mengungsi. Padahal hujan sudah reda.", "EYD.Fragment", []),
    # -lah written apart from an Indonesian word: a warning, also in a quotation; after a
    # speaker's English word there is nothing to join
    ("“Nanti kita lihat lah,” katanya.", "EYD.LahKah", [("lihat lah", "lihatlah", "warning")]),
    ("“Itu bagian dari problem solving lah,” ujarnya.", "EYD.LahKah", []),
    # a capitalised slip that may be a person's name: a question, a hint
    ("Banjir merendam rumah milik Utar di Kampung Cibinong.", "EYD.CapitalizedSpelling", [("Utar", "Utara", "hint")]),
])
def test_session6_levels(findings, text, rule, expected):
    assert [(m, s, lv) for r, m, s, lv in findings(text) if r == rule] == expected


@pytest.mark.parametrize("text,expected", [
    # a short form the language's frequency list writes as often as a common word: read as such
    ("Sebanyak 40 ASN dipindahkan ke ibu kota baru pekan ini.", []),
    ("Ketua BEM kampus itu ikut berorasi di depan gedung.", []),
    # a programme's short form nobody writes outside its beat: still undefined, info
    ("Beras itu dijual lewat program SPHP di pasar.", [("SPHP", None, "info")]),
])
def test_common_short_forms_need_no_long_form(findings, text, expected):
    assert [(m, s, lv) for r, m, s, lv in findings(text) if r == "Newsroom.Acronyms"] == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence opened by digits: a warning since session 7 (dev 9 TRUE, 1 DEBATABLE), reword it
    ("Banjir melanda desa itu.\n\n5 orang tewas dalam banjir itu.", [("5 orang", None, "warning")]),
    # spelling holds inside a transcribed quotation too
    ("“17 sekolah ini ada di lima kecamatan,” kata Ryan.", [("17 sekolah", None, "warning")]),
    # a decimal point read as a full stop is no sentence start
    ("Kadar PM2.5 dan PM10 di kota itu naik.", []),
    # a paragraph of a few words with no full stop is a list line of a recipe, not a sentence
    ("Begini cara membuatnya.\n\n15 gram daun sembung segar\n\nRebus daunnya hingga layu.", []),
])
def test_number_start_skips_list_lines(findings, text, expected):
    assert [(m, s, lv) for r, m, s, lv in findings(text) if r == "EYD.NumberStart"] == expected


# Session 7 (infotier): a term the article introduces as a term keeps it in every use; a form
# in capitals said as a word is a name more often than a term to spell out.
@pytest.mark.parametrize("text,expected", [
    # the article explains the term at the start of a clause: none of its uses is reported
    ("Warga menanti pembangunan underpass di simpang itu. Sebagai informasi, underpass merupakan "
     "jalan yang dibangun di bawah tanah.", []),
    # the article names the term as a term: the later use keeps it too
    ("Seorang pelapor, atau dengan istilah whistleblower, harus dilindungi. Tanpa perlindungan, "
     "whistleblower enggan bersuara.", []),
    # the article glosses the term right after it in brackets, in its own Indonesian words
    ("Pengguna smartphone (ponsel pintar) terus bertambah. Smartphone kini murah.", []),
    # a short form in brackets is no gloss
    ("Pemain judi online (judol) ditangkap polisi.", [("online", "daring", "info")]),
    # the subject is the building, not the term: nothing is explained, the term is reported
    ("Pembangunan underpass merupakan solusi kemacetan di simpang itu.",
     [("underpass", "lintas bawah", "info")]),
    ("Warga menanti underpass di simpang itu.", [("underpass", "lintas bawah", "info")]),
])
def test_foreign_term_the_article_introduces(findings, text, expected):
    assert [(m, s, lv) for r, m, s, lv in findings(text) if r == "Newsroom.ForeignTerms"] == expected


@pytest.mark.parametrize("text,expected", [
    # said as a word (a system's name): a question, a hint
    ("Data ekspor itu dicatat dalam sistem SIMORA milik kementerian.", [("SIMORA", None, "hint")]),
    # said letter by letter: a term the desk spells out, info
    ("Rapat TPKD membahas harga cabai pekan ini.", [("TPKD", None, "info")]),
])
def test_short_form_said_as_a_word_is_a_hint(findings, text, expected):
    assert [(m, s, lv) for r, m, s, lv in findings(text) if r == "Newsroom.Acronyms"] == expected


@pytest.mark.parametrize("form,said_as_word", [
    ("SIMIRAH", True), ("INATRADE", True), ("SMESCO", True), ("DEMA", True),
    ("TPID", False), ("KSSK", False), ("UAPPA", False), ("AMPHURI", False), ("DP3AP2KB", False),
    ("OTT", False), ("BLT", False),
])
def test_reads_as_word(form, said_as_word):
    from sunting.languages import get_language

    assert get_language("id").reads_as_word(form) is said_as_word


@pytest.mark.parametrize("text,expected", [
    # a lone spoken spelling in a quotation otherwise standard: info
    ("“Sekarang bukan cuman media arus utama,” jelasnya.", [("cuman", "cuma", "info")]),
    # the quotation renders the speaker's spoken register elsewhere: its style, left alone
    ("“Udah lama, cuman belum ada yang datang,” katanya.", []),
    ("“Bagus sih, cuman mahal,” ujarnya.", []),
    # the spoken word in another quotation says nothing about this one
    ("“Bagus sih,” ujarnya. “Sekarang bukan cuman media arus utama,” lanjutnya.", [("cuman", "cuma", "info")]),
])
def test_spoken_spelling_in_a_spoken_quotation(findings, text, expected):
    assert [(m, s, lv) for r, m, s, lv in findings(text) if r == "EYD.InformalInQuote"] == expected
