"""Tests of sunting.lexicon: known words, morphology, suggestions, run-ons, names, vocabularies."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from sunting.lexicon import Lexicon, Morphology, Vocabulary, get_lexicon
from sunting.lexicon.evaluation import corpus_files, iter_words, make_typo, synthetic_typos
from sunting.lexicon.lexicon import DATA_DIR, check_document, damerau, recase

REPO = Path(__file__).resolve().parents[2]


def _shared() -> Path | None:
    env = os.environ.get("SUNTING_SHARED")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared", REPO / "shared"]:
        if (cand / "corpus").is_dir():
            return cand
    return None


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return get_lexicon()


# --------------------------------------------------------------------------- known words
@pytest.mark.parametrize("word", [
    "memitigasi", "antarlembaga", "ujarnya", "pungkasnya", "dipublikasikan", "kata-kata",
    "bolak-balik", "keberlanjutan", "digelar", "dugaan", "berkolaborasi", "menginformasikan",
    "kebalikannya", "diberikan", "tandasnya", "dijejali", "digempur", "imbuhnya", "tuturnya",
    "sambungnya", "terdampak", "tertuang", "berkomitmen", "sebaiknya", "kepesertaan",
    "menduplikasi", "nonaktif", "pascapandemi", "ketidakpastian", "dipertanggungjawabkan",
    "mempelajari", "belajar", "kuambil", "kaubilang", "bukankah", "itulah", "Jakarta", "Polri",
    "Kominfo", "Kapolda", "Wakapolri", "tahapan-tahapan", "sehari-hari", "non-ASN", "ke-17",
    "keragu-raguan", "sebaik-baiknya", "berlari-lari", "kemerah-merahan", "memukul-mukul",
])
def test_known(lex, word):
    assert lex.is_known(word), word


@pytest.mark.parametrize("word", [
    "antata", "yangl", "pemerikaaan", "bepotensi", "diselenggaran", "kelomok", "kebakarn",
    "informsi", "Komimfo", "untk", "yag", "mengambalikan", "masyarkat",
])
def test_unknown(lex, word):
    assert not lex.is_known(word), word


def test_merubah_is_left_to_the_substitution_rule(lex):
    # me- + rubah is a well-formed derivation; EYD's mengubah is a house-style substitution
    assert lex.is_known("merubah")


# --------------------------------------------------------------------------- suggestions
@pytest.mark.parametrize("typo, first", [
    ("antata", "antara"), ("yangl", "yang"), ("kebakarn", "kebakaran"), ("informsi", "informasi"),
    ("Komimfo", "Kominfo"), ("Yangl", "Yang"), ("pemerikaaan", "pemeriksaan"),
    ("bepotensi", "berpotensi"), ("kelomok", "kelompok"), ("YANGL", "YANG"),
])
def test_first_suggestion(lex, typo, first):
    assert lex.suggest(typo)[0] == first


def test_suggest_finds_affixed_forms_no_list_holds(lex):
    assert "memitigasi" in lex.suggest("memitigsi")


def test_suggest_limit_and_unknown(lex):
    assert len(lex.suggest("antata", limit=1)) == 1
    assert lex.suggest("qqqqqqqqqq") == []


def test_hunspell_fallback_for_edit_distance_two(lex):
    # no known word one edit away: Hunspell's suggester, filtered to two edits
    assert "diselenggarakan" in lex.suggest("diselenggaran") or lex.suggest("diselenggaran")


def test_recase():
    assert recase("yang", "Yangl") == "Yang"
    assert recase("yang", "YANGL") == "YANG"
    assert recase("Kominfo", "komimfo") == "Kominfo"


def test_damerau():
    assert damerau("antata", "antara") == 1
    assert damerau("tinadk", "tindak") == 1
    assert damerau("abc", "xyzuvw", limit=2) == 3


# --------------------------------------------------------------------------- run-ons
@pytest.mark.parametrize("word, parts", [
    ("merupakantindaklanjut", ["merupakan", "tindak", "lanjut"]),
    ("BobbyNasution", ["Bobby", "Nasution"]),
    ("dikonfirmasidetikSumut", ["dikonfirmasi", "detik", "Sumut"]),
    ("kepadawartawan", ["kepada", "wartawan"]),
])
def test_split_runon(lex, word, parts):
    assert lex.split_runon(word) == parts


@pytest.mark.parametrize("word", ["yang", "kebakaran", "abc", "x1y2z3"])
def test_split_runon_none(lex, word):
    assert lex.split_runon(word) is None


def test_runon_verdicts(lex):
    assert lex.check_word("merupakantindaklanjut").kind == "runon"
    assert lex.check_word("merupakantindaklanjut").suggestions == ("merupakan tindak lanjut",)
    assert lex.check_word("BobbyNasution").kind == "runon"
    # brand-like compounds are not run-ons
    for word in ("detikNews", "detikcom", "RuangNews", "YouTube", "iPhone", "IndoStrategi", "DeepSeek"):
        assert lex.check_word(word).kind == "ok", word
    # English compounds and affixed words are not cut up
    for word in ("underpass", "dikerjasamakan", "bootcamp"):
        assert lex.check_word(word).kind != "runon", word


# --------------------------------------------------------------------------- names
def test_glossary_near_miss(lex):
    assert lex.glossary_near_miss("Komimfo") == "Kominfo"
    assert lex.glossary_near_miss("KOMIMFO") == "KOMINFO"
    assert lex.glossary_near_miss("Kominfo") is None  # in the glossary
    assert lex.glossary_near_miss("komimfo") is None  # lower case: a typo, not a name
    assert lex.glossary_near_miss("Trunoyudo") is None
    assert lex.glossary_near_miss("Indonesian") is None  # an English word


@pytest.mark.parametrize("name", ["Trunoyudo", "Andhiko", "Kansong", "Pemanalis", "Bakohumas",
                                  "Divhumas", "Infopublik", "Korlantas", "IKP", "Lisa", "Diaz"])
def test_names_are_not_spelling_errors(lex, name):
    assert lex.check_word(name).kind == "ok"
    assert lex.check_word(name, sentence_initial=True).kind == "ok"


# --------------------------------------------------------------------------- verdicts
def test_verdict_kinds(lex):
    assert lex.check_word("antata").kind == "typo"
    assert lex.check_word("antata").suggestions[0] == "antara"
    assert lex.check_word("Komimfo").kind == "near_miss"
    assert lex.check_word("whistleblower").kind == "foreign"
    assert lex.is_foreign("whistleblower") and not lex.is_foreign("antara")
    assert lex.check_word("dikirimin").kind == "informal"
    assert lex.check_word("nabrak").kind == "informal"
    assert lex.check_word("2022").kind == "ok"
    assert lex.check_word("a").kind == "ok"


def test_a_slip_typed_twice_is_still_a_slip(lex):
    # no "used twice = a term" for lower-case words: verdicts do not depend on counts
    doc = [("Kasus", True), ("yangl", False), ("dan", False), ("yangl", False), ("ojol", False)]
    kinds = [v.kind for v in check_document(lex, doc)]
    assert kinds == ["ok", "typo", "ok", "typo", "ok"]


# --------------------------------------------------------------------------- vocabularies
def test_vocabulary_accept_reject():
    lex = get_lexicon()
    vocab = Vocabulary(accept=["antata", "Komimfo", r"[Yy]angl+"], reject=["kebijakan", "Diskominfo"])
    assert lex.check_word("antata", vocab=vocab).kind == "ok"
    assert lex.check_word("Antata", vocab=vocab).kind == "ok"  # lower-case entry: any case
    assert lex.check_word("Komimfo", vocab=vocab).kind == "ok"
    assert lex.check_word("yangll", vocab=vocab).kind == "ok"  # a pattern
    assert lex.check_word("kebijakan", vocab=vocab).kind == "rejected"
    assert lex.check_word("Diskominfo", vocab=vocab).kind == "rejected"
    # the process-wide default vocabulary is untouched
    assert lex.check_word("antata").kind == "typo"


def test_vocabulary_comments_and_blank_lines():
    vocab = Vocabulary(accept=["# comment", "", "  sunting  "])
    assert vocab.accepts("sunting") and not vocab.accepts("# comment")


# --------------------------------------------------------------------------- morphology
def test_morphology_units():
    m = Morphology({"mitigasi", "lembaga", "ujar", "kirim", "pukul", "tulis", "sapu", "ajar", "lanjut"},
                   short_roots=set())
    # four-letter roots only when passed as short roots; five+ letters always
    assert m.root_of("memitigasi") == "mitigasi"
    assert m.root_of("antarlembaga") == "lembaga"
    assert m.root_of("keberlanjutan") == "lanjut"
    assert m.root_of("mengirimkan") == "kirim"
    assert m.root_of("memukul") == "pukul"
    assert m.root_of("menulis") == "tulis"
    assert m.root_of("pelajaran") == "ajar" or m.root_of("pelajaran") is None
    assert m.root_of("dilanjutkanlah") == "lanjut"
    assert m.root_of("dilembagaan") is None  # di-...-an is not a confix
    assert m.root_of("lembaga") is None  # the root itself is not a derivation
    m4 = Morphology({"ujar", "sapu"}, short_roots={"ujar", "sapu"})
    assert m4.root_of("ujarnya") == "ujar"
    assert m4.root_of("menyapu") == "sapu"


# --------------------------------------------------------------------------- data
def test_data_files_small_and_licensed():
    names = {p.name for p in DATA_DIR.iterdir()}
    for required in ("id_ID.dic", "id_ID.aff", "id_ID.license", "id_freq.tsv", "en_words.txt",
                     "glossary.tsv", "ATTRIBUTION.md"):
        assert required in names
    total = sum(p.stat().st_size for p in DATA_DIR.iterdir() if p.is_file())
    assert total < 3_000_000
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (DATA_DIR / "id_ID.license").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in (DATA_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")


def test_make_typo_is_one_edit():
    import random

    rng = random.Random(1)
    for word in ("kebakaran", "yang", "informasi"):
        for _ in range(50):
            t = make_typo(word, rng)
            assert damerau(t, word) <= 1


# --------------------------------------------------------------------------- corpus
@pytest.fixture(scope="module")
def shared() -> Path:
    d = _shared()
    if d is None:
        pytest.skip("../shared/corpus is not present beside the repository")
    return d


@pytest.mark.corpus
def test_seed_article_findings(lex, shared):
    text = (shared / "corpus" / "seed" / "seed-article.txt").read_text(encoding="utf-8")
    tokens = list(iter_words(text))
    flagged = {w: v for (w, _), v in zip(tokens, check_document(lex, tokens))
               if v.kind in ("typo", "near_miss", "runon", "rejected")}
    assert set(flagged) == {"antata", "yangl", "Komimfo"}
    assert flagged["antata"].suggestions[0] == "antara"
    assert flagged["yangl"].suggestions[0] == "yang"
    assert flagged["Komimfo"].suggestions[0] == "Kominfo"


@pytest.mark.corpus
def test_synthetic_typos_recall_and_first_suggestion(shared):
    """Single-edit typos of corpus words (fixed seed): recall >= 90 %, first suggestion >= 85 %."""
    lex = Lexicon()  # a fresh instance: no verdicts cached from other tests
    files = corpus_files(shared / "corpus" / "id-news")
    counts: Counter = Counter(w for f in files for w, _ in iter_words(f.read_text(encoding="utf-8")))
    pairs = synthetic_typos(counts, n=2000, seed=20251127, accept=lex.is_known)
    warned = first = 0
    for typo, orig in pairs:
        v = lex.check_word(typo)
        warned += v.kind in ("typo", "near_miss", "runon")
        first += bool(v.suggestions) and v.suggestions[0].lower() == orig
    recall, first_right = warned / len(pairs), first / len(pairs)
    assert recall >= 0.90, recall
    assert first_right >= 0.85, first_right
