"""The language seam (issue 12.7): ``language:`` in sunting.yaml picks a registered
:class:`sunting.languages.Language`; checks and the text model read the language's knowledge
from it, so a second language is a new module under ``sunting/languages`` and no check changes.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sunting.checks.acronyms import fitting_short_forms
from sunting.config import Config, load_config
from sunting.engine import Engine
from sunting.errors import ConfigError
from sunting.languages import Calendar, Language, Renamings, ShortFormWords, available, get_language, register
from sunting.languages.id import INDONESIAN
from sunting.loader import parse_rule
from sunting.text.dateline import article_date
from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]
CHECKS = REPO / "server" / "sunting" / "checks"

class ToyAnalysis:
    """An affix analysis of the toy language: a root and its suffix ``kan``."""

    def __init__(self, root: str):
        self.root, self.prefixes, self.suffixes = root, (), ("kan",)


class ToyMorphology:
    """The toy's affix analyser: ``…kan`` and ``…kan`` + the toy's clitic ``zz`` carry the
    suffix ``kan``; nothing else is analysed."""

    def analyse(self, word: str):
        stem = word[:-2] if word.endswith("kanzz") else word
        return ToyAnalysis(stem[:-3]) if stem.endswith("kan") and len(stem) > 5 else None


#: An invented language: its own title abbreviation (``zz.``), currency sign (``¤``), person
#: word before initials (``zeuge``), day and month names, clitic (``zz``), affix analyser and
#: active verb (``ak`` + root), renaming words (``ehemals``, ``Stadt``) and messages of its own.
#: It borrows the Indonesian lexicon (a toy needs one; the point is where the lists come from).
TOY = Language(
    code="toy",
    name="Toy",
    titles=frozenset({"zz"}),
    sentence_final_abbreviations=frozenset({"usw"}),
    title_words=frozenset({"und"}),
    acronym_connectors=frozenset({"und"}),
    acronym_generic=frozenset({"amt"}),
    currency_prefixes=("¤",),
    short_forms=ShortFormWords(person_words=frozenset({"zeuge"}), definition_joiners=("und",),
                               author_notes=(r"verfasser\s+ist\b",)),
    calendar=Calendar(days=("Montag",), months=(("juni", 6),), month_names=("Jan",) * 5 + ("Juni",) + ("X",) * 6),
    clitics=("", "zz"),
    active_form=lambda analysis: "ak" + analysis.root,
    morphology_factory=ToyMorphology,
    renamings=Renamings(past_words=("ehemals",), region_words=("Stadt",)),
    messages={"acronyms": {**INDONESIAN.messages["acronyms"], "undefined": "TOY undefined: {match}"},
              "acronym_sources": {"defined": "TOY defined", "used": "TOY {count}x", "glossary": "TOY glossary"},
              "spelling": INDONESIAN.messages["spelling"]},
    lexicon_factory=INDONESIAN.lexicon_factory,
)


@pytest.fixture(scope="module", autouse=True)
def toy_registered():
    register(TOY)
    yield
    from sunting import languages

    languages._registry.pop("toy", None)


def acronyms_rule():
    path = REPO / "rules" / "Newsroom" / "Acronyms.yml"
    return parse_rule(path.read_text(encoding="utf-8"), str(path), "Newsroom.Acronyms")


def test_indonesian_is_the_default_and_the_registry_knows_both():
    assert get_language() is get_language("id") is INDONESIAN
    assert get_language(None).name == "Bahasa Indonesia"
    assert {"id", "toy"} <= set(available())


def test_the_tokenizer_and_the_sentence_splitter_follow_the_language():
    text = "Harga ¤5 naik. Zz. Budi datang."
    toy = Document(text, None, "plain", language=TOY).blocks[0]
    ind = Document(text, None, "plain").blocks[0]
    assert "¤5" in toy.token_texts and "¤5" not in ind.token_texts
    assert [text[a:b] for a, b in toy.sentences] == ["Harga ¤5 naik.", "Zz. Budi datang."]
    assert [text[a:b] for a, b in ind.sentences] == ["Harga ¤5 naik.", "Zz.", "Budi datang."]
    # Indonesian's own abbreviations are Indonesian's: 'dr.' ends no sentence there only
    dr = "Kami bertemu dr. Budi kemarin."
    assert len(Document(dr, None, "plain").blocks[0].sentences) == 1
    assert len(Document(dr, None, "plain", language=TOY).blocks[0].sentences) == 2


def test_the_dateline_reads_the_language_calendar():
    text = "Montag (2/6/2022) – Sesuatu terjadi.\n"
    assert article_date(text, TOY.calendar) == date(2022, 6, 2)
    assert article_date(text) is None  # 'Montag' is no Indonesian day name
    assert article_date("Jakarta, Kamis (2/6/2022) – Sesuatu terjadi.\n") == date(2022, 6, 2)


def test_a_check_of_a_second_language_uses_its_lists_and_messages():
    """The acronym check, unchanged, asked in the toy language: initials after the toy's
    person word are exempt, and the toy's message says what is undefined."""
    text = "Kata zeuge XQR kepada polisi, rapat ZQK berlangsung lama.\n"
    ind = Engine(Config(root=REPO), rules=[acronyms_rule()]).check(Document(text, None, "plain"))
    toy = Engine(Config(root=REPO, language="toy"), rules=[acronyms_rule()]).check(Document(text, None, "plain"))
    assert [(f.text, f.message) for f in toy] == [("ZQK", "TOY undefined: ZQK")]
    # Indonesian knows no 'zeuge': XQR is a short form to define there too
    assert [(f.text, f.message) for f in ind] == [
        ("XQR", "‘XQR’ belum didefinisikan; tulis kepanjangannya pada pemakaian pertama."),
        ("ZQK", "‘ZQK’ belum didefinisikan; tulis kepanjangannya pada pemakaian pertama.")]


def test_the_author_note_and_the_definition_joiners_come_from_the_language():
    """The note on the author (its short forms are affiliations, not terms to define) and the
    lower-case words inside a long form whose short form fits it are the language's."""
    text = "Harga beras naik lagi.\n\n*Verfasser ist Forscher bei XKPQ.\n"
    ind = Engine(Config(root=REPO), rules=[acronyms_rule()]).check(Document(text, None, "plain"))
    toy = Engine(Config(root=REPO, language="toy"), rules=[acronyms_rule()]).check(Document(text, None, "plain"))
    assert [f.text for f in ind] == ["XKPQ"] and toy == []
    defined = "Rapat Amt Pflege und Recht (APR) dimulai."
    assert fitting_short_forms(defined, TOY.short_forms, TOY.acronym_connectors) == {"APR"}
    assert fitting_short_forms(defined, INDONESIAN.short_forms, INDONESIAN.acronym_connectors) == set()
    # the Indonesian joiners: 'dan' inside the long form
    indonesian = "Rapat Badan Pangan dan Gizi (BPG) dimulai."
    assert fitting_short_forms(indonesian, INDONESIAN.short_forms, INDONESIAN.acronym_connectors) == {"BPG"}
    assert fitting_short_forms(indonesian, TOY.short_forms, TOY.acronym_connectors) == set()


def _check(language, rules, text):
    config = Config(root=REPO) if language is None else Config(root=REPO, language=language)
    return [(f.rule, f.text, f.suggestions) for f in Engine(config, rules=rules).check(Document(text, None, "plain"))]


def _rule(path: str):
    full = REPO / "rules" / path
    return parse_rule(full.read_text(encoding="utf-8"), str(full), path.removesuffix(".yml").replace("/", "."))


ACTIVE_VERB = parse_rule("""type: sequence
level: warning
message: "Pakai verba aktif: ‘{suggestion}’."
tokens:
  - {kind: word, case: lower, suffix: kan}
replace: "{1:meN}"
""", "ActiveVerb.yml", "Test.ActiveVerb")


def test_the_sequence_type_reads_clitics_affixes_and_the_active_verb_from_the_language():
    """``suffix:`` matches a word that ends in the suffix plus one of the language's clitics,
    as its affix analyser finds it; ``{n:meN}`` is the language's active verb."""
    text = "Mereka tingkatkannya dan bukakanzz pintu.\n"
    assert _check(None, [ACTIVE_VERB], text) == [("Test.ActiveVerb", "tingkatkannya", ("meningkatkannya",))]
    assert _check("toy", [ACTIVE_VERB], text) == [("Test.ActiveVerb", "bukakanzz", ("akbuka",))]


def test_outdated_names_read_the_renaming_words_of_the_language():
    """A name after a word of its time (di era …) or before a region (… Kota Bogor) is left
    alone: which words those are is the language's."""
    rule = _rule("Newsroom/OutdatedInstitutions.yml")
    text = "Di era Kominfo rapat digelar. Ehemals Kominfo rapat. Kominfo Stadt Bogor rapat. Kominfo Kota Bogor rapat.\n"
    assert [t for _, t, _ in _check(None, [rule], text)] == ["Kominfo", "Kominfo"]  # Ehemals …, … Stadt Bogor
    ind = [f.start for f in Engine(Config(root=REPO), rules=[rule]).check(Document(text, None, "plain"))]
    toy = [f.start for f in Engine(Config(root=REPO, language="toy"), rules=[rule]).check(Document(text, None, "plain"))]
    assert ind == [text.index("Kominfo rapat."), text.index("Kominfo Stadt")]
    assert toy == [text.index("Kominfo rapat digelar"), text.index("Kominfo Kota")]


def test_a_label_and_its_amount_in_the_language_currency_needs_no_full_stop():
    """``Total …: Rp 110 triliun`` is a label and its value, not a sentence without its full
    stop: the value may start with the language's currency sign."""
    rule = _rule("Typography/FinalPunctuation.yml")
    lead = "Rapat anggaran digelar kemarin di kantor itu.\n\n"  # (the first line may be a headline)
    toy_money = lead + "Total bantuan sosial untuk warga miskin tahun 2025: ¤ 110 triliun\n"
    assert _check(None, [rule], toy_money) == [("Typography.FinalPunctuation", "triliun", ("triliun.",))]
    assert _check("toy", [rule], toy_money) == []
    assert _check(None, [rule], lead + "Total bantuan sosial untuk warga miskin tahun 2025: Rp 110 triliun\n") == []


def test_where_an_acronym_near_miss_comes_from_is_said_in_the_language():
    text = "Kementerian Kesehatan (Kemenkes) menggelar rapat. Kemenkess hadir.\n\nPejabat Kemendikbudristekk datang.\n"
    def near(language):
        config = Config(root=REPO) if language is None else Config(root=REPO, language=language)
        return [f.message for f in Engine(config, rules=[acronyms_rule()]).check(Document(text, None, "plain"))
                if "mirip" in f.message]
    assert near(None) == ["‘Kemenkess’ mirip ‘Kemenkes’ (didefinisikan di artikel ini); salah ketik?",
                          "‘Kemendikbudristekk’ mirip ‘Kemendikbudristek’ (glosarium); salah ketik?"]
    assert near("toy") == ["‘Kemenkess’ mirip ‘Kemenkes’ (TOY defined); salah ketik?",
                           "‘Kemendikbudristekk’ mirip ‘Kemendikbudristek’ (TOY glossary); salah ketik?"]


def test_spelling_reads_numerals_measure_words_and_the_as_possible_frame_from_the_language():
    """A slip before a measure word takes the numeral first (lma tahun → lima), and se- +
    adjective + mungkin is no slip — both in the language's words, so the toy, which has
    neither, gets the lexicon's plain verdicts (checked after Indonesian in one process: the
    verdicts shared between spelling rules are shared within one language only)."""
    rule = _rule("EYD/Spelling.yml")
    text = "Ia bekerja lma tahun di sana. Kami datang sedini mungkin.\n"
    assert [(t, s[0]) for _, t, s in _check(None, [rule], text)] == [("lma", "lima")]
    assert [(t, s[0]) for _, t, s in _check("toy", [rule], text)][0] == ("lma", "lama")
    assert [t for _, t, _ in _check("toy", [rule], text)] == ["lma", "sedini"]


def test_checks_and_the_text_model_do_not_import_the_tagger_or_the_affixes():
    """Part of speech and affixes come through the language (``get_tagger(language)``,
    ``language.morphology()``): Indonesian's tagger is one language's factory."""
    assert _imports_of(("checks", "text"), "sunting.tagger") == []


def test_checks_hold_no_language_lists(tmp_path):
    """No check module keeps the Indonesian lists that moved behind the seam."""
    moved = {"TITLES", "SENTENCE_FINAL_ABBREVIATIONS", "DEFAULT_TITLE_WORDS", "CONNECTORS", "GENERIC",
             "PERSON_WORDS", "NAME_HEADS", "BRAND_HEADS", "NAME_TAILS", "REGIONS", "CODE_HEADS",
             "CURRENCY_HEADS", "FILLERS", "PERSON_AFTER", "DEFAULT_MESSAGES", "LATIN_PHRASES",
             "ARABIC_PARTICLES", "EN_JOINERS", "DAYS", "MONTHS", "MONTH_NAMES", "LIST_INTRO_END",
             "LIST_INTRO_START", "CREDIT_LINE", "DEFAULT_COLON_MESSAGE", "DEFAULT_UNREPAIRED", "DEFAULT_UNDATED",
             "ENGLISH_JOINERS", "LIST_HEADS", "LIST_FILLERS", "SOURCE_HEADS", "LEGAL_FORMS", "_NUMERALS",
             "_ATAU_BEFORE", "_PLATE_WORDS", "_AMOUNT_BEFORE", "_CLITIC_TAILS", "_PAST", "_MINISTRY_UNIT",
             "_REGION_WORD", "_TITLE_KEEP", "_NUMERAL_WORDS", "_MEASURE_WORDS"}
    found = []
    for path in [*sorted(CHECKS.glob("*.py")), *(REPO / "server" / "sunting" / "text").glob("*.py")]:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            found += [f"{path.name}: {t.id}" for t in targets if isinstance(t, ast.Name) and t.id in moved]
    assert found == []


def test_a_config_may_name_a_registered_language(tmp_path):
    (tmp_path / "sunting.yaml").write_text("language: toy\n", encoding="utf-8")
    cfg = load_config(tmp_path / "sunting.yaml")
    assert cfg.language == "toy"
    assert Engine(replace(cfg, packs={"Newsroom": True}, packs_mode="map")).language is TOY


def test_an_unknown_language_is_a_config_error_naming_file_line_and_column(tmp_path):
    (tmp_path / "sunting.yaml").write_text("packs: [EYD]\nlanguage: xx\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_config(tmp_path / "sunting.yaml")
    assert (e.value.line, e.value.column) == (2, 11)
    (tmp_path / "a.txt").write_text("Teks.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sunting", "check", "a.txt"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"sunting: galat: {tmp_path / 'sunting.yaml'}:2:11: "
                                   "language: bahasa 'xx' tidak dikenal (yang dikenal: id)")


def test_the_lexicon_and_the_tagger_do_not_know_the_seam():
    """The seam sits above Indonesian's lexicon and tagger (its factories build them), so
    neither imports ``sunting.languages``: no circle between them."""
    assert _imports_of(("lexicon", "tagger"), "sunting.languages") == []


def _imports_of(folders, prefix: str) -> list[str]:
    """``file: module`` of every import of ``prefix…`` in the package's ``folders``."""
    sys.path.insert(0, str(REPO / "tests" / "architecture"))
    try:
        from test_layers import imports
    finally:
        sys.path.pop(0)
    return [f"{p.name}: {m}" for folder in folders for p in sorted((REPO / "server" / "sunting" / folder).glob("*.py"))
            for _, m in imports(p) if m.startswith(prefix)]
