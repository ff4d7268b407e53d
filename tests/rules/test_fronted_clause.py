"""EYD.FrontedClauseComma by clause structure (sunting.checks.clauses.fronted_clause): a sentence
opened by a subordinating conjunction that holds the subordinate clause's predicate and then the
main clause's, with no comma between, gets the comma where its place is certain — and nothing
where one predicate only (a short phrase), a connective, or a verb that takes a clause leaves
the structure open. Sentences of our own; exact ranges and fixes through the real engine."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.checks.clauses import fronted_clause
from sunting.languages import get_language
from sunting.text.document import Document

RULE = "EYD.FrontedClauseComma"


def _found(engine, text):
    return [(text[f.start:f.end], f.suggestions[0] if f.suggestions else None, f.severity.label)
            for f in findings_of(engine, text, RULE)]


@pytest.mark.parametrize("text, found", [
    # nothing between the two predicates: a subjectless main clause
    ("Kalau tidak bisa diselesaikan jangan dipersulit.", [("diselesaikan", "diselesaikan,", "warning")]),
    ("Jika tidak segera ditangani akan meluas ke desa lain.", [("ditangani", "ditangani,", "warning")]),
    ("Agar ruangan tetap bersih disarankan membuka jendela.", [("bersih", "bersih,", "warning")]),
    ("Sebelum mendaftar perlu menyiapkan KTP.", [("mendaftar", "mendaftar,", "warning")]),
    # ia can only be a subject
    ("Setelah diperiksa selama tiga jam ia langsung dibawa ke rumah sakit.", [("jam", "jam,", "warning")]),
    ("Ketika ditanya wartawan soal itu ia menolak berkomentar.", [("itu", "itu,", "warning")]),
    # the subordinate clause's own pronoun again is the main clause's subject
    ("Setelah kami memeriksa para saksi kami langsung menahan pelaku.", [("saksi", "saksi,", "warning")]),
    # a pronoun right after a predicate that takes no object
    ("Jika harga terus naik kami terpaksa menutup warung.", [("naik", "naik,", "warning")]),
    # inside a quotation too: punctuation is orthography
    ("“Kalau tidak bisa diselesaikan jangan dipersulit,” katanya.", [("diselesaikan", "diselesaikan,", "warning")]),
])
def test_comma_after_a_fronted_clause(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Kalau tidak bisa diselesaikan, jangan dipersulit.",
    "Sejak pagi warga sudah antre di depan kantor desa.",  # one predicate: a phrase, comma optional
    "Karena itu ia menolak datang.",  # a connective
    "Saat ini harga cabai sudah turun.",
    "Jika polisi meminta warga tidak keluar rumah, mereka akan patuh.",  # a verb that takes a clause
    "Jika warga menilai harga terlalu mahal mereka akan beralih.",
    "Jika lebih banyak warga menolak, rencana itu batal.",  # lebih banyak: no predicate
    "Setelah menemui mereka polisi pergi.",  # mereka may be the object: no certain place
    "Jika pemerintah menaikkan harga rakyat akan menderita.",  # object or subject: no certain place
    "Jika penerima mendapat telepon dari nomor tak dikenal, abaikan saja.",  # the writer's comma
    "Kalau di pasar kita nggak boleh menjual, ya sudah.",  # nggak: a negation, one predicate
    "Kalau BPS selalu independen dalam melaporkan data, publik percaya.",  # a verb after a preposition
    "Jika harga naik dan stok habis, warga panik.",  # a second clause joined by dan
    "Ketika warga yang tinggal di bantaran mengungsi, polisi berjaga.",  # a relative clause
])
def test_no_comma_asked(engine, text):
    assert _found(engine, text) == []


def test_the_stretch_between_two_predicates_when_the_place_is_not_certain():
    text = "Jika pemerintah menaikkan harga rakyat akan menderita."
    block = Document(text, None, "plain").blocks[0]
    a, b = block.analysis.sentence_ranges[0]
    found = fronted_clause(block.analysis, block.lower_texts, block.token_texts, a, b, get_language("id").clauses)
    assert found is not None and found.main is None
    toks = block.tokens
    assert (toks[found.head].text, toks[found.after_head].text, toks[found.main_predicate].text) == (
        "menaikkan", "harga", "akan")


def test_a_house_message_may_name_match_and_suggestion():
    """A house rule of this type writes its message with the placeholders every type knows
    ({match}, {suggestion}) besides its own ({word}, {main}); it once raised KeyError."""
    import yaml

    from sunting.engine import Engine
    from sunting.loader import parse_rule

    data = {"type": "fronted-clause", "level": "warning", "uncertain": True,
            "message": "Beri koma: ‘{match}’ → ‘{suggestion}’ ({word}/{main}).",
            "message_uncertain": "Koma sebelum ‘{main}’? ({match})"}
    rule = parse_rule(yaml.safe_dump(data, allow_unicode=True), "House/Koma.yml", "House.Koma")
    engine = Engine(rules=[rule])
    text = "Kalau tidak segera ditangani akan meluas ke desa lain."
    assert [(f.text, f.suggestions, f.message) for f in engine.check(Document(text, None, "plain"))] == [
        ("ditangani", ("ditangani,",), "Beri koma: ‘ditangani’ → ‘ditangani,’ (ditangani/akan).")]
    text = "Jika hal itu konsisten dilakukan ekonomi RI bisa dijaga."
    found = [(f.text, f.suggestions, f.message) for f in engine.check(Document(text, None, "plain"))]
    assert found == [("dilakukan ekonomi RI", (), "Koma sebelum ‘bisa’? (dilakukan ekonomi RI)")]
