"""The ``spelling`` rule type on the engine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sunting.config import Config
from sunting.engine import Engine
from sunting.findings import Severity
from sunting.loader import parse_rule
from sunting.text import Document

REPO = Path(__file__).resolve().parents[2]

RULE = """
type: spelling
level: warning
message: "Salah ketik? ‘{match}’ → ‘{suggestion}’."
"""

ALL_KINDS = """
type: spelling
level: warning
message: "Salah ketik? ‘{match}’ → ‘{suggestion}’."
report: [typo, runon, near_miss, rejected, foreign, informal, repeated, unknown]
reject: [kebijakan]
"""


def engine(text: str = RULE) -> Engine:
    return Engine(Config(), rules=[parse_rule(text, "Test/Spelling.yml", "Test.Spelling")])


def flagged(eng: Engine, source: str, kind: str = "plain"):
    return [(f.text, f.suggestions[:1], f.severity.label) for f in eng.check(Document(source, None, kind))]


NAMES = """
type: names
level: warning
message: "‘{match}’ mirip ‘{suggestion}’ ({count} kali)."
"""


def test_typos_and_names():
    got = flagged(engine(), "Kerja sama antata Komimfo dan Polri yangl baik. Trunoyudo hadir.")
    assert got == [("antata", ("antara",), "warning"), ("yangl", ("yang",), "warning")]
    # the glossary near miss depends on the article's definitions: the document-level names rule
    names = Engine(Config(), rules=[parse_rule(NAMES, "Test/Names.yml", "Test.Names")])
    got = flagged(names, "Kerja sama antata Komimfo dan Polri yangl baik. Trunoyudo hadir.")
    assert got == [("Komimfo", ("Kominfo",), "warning")]
    defined = "Badan Pengelola Pendapatan Daerah (Bappenda) menagih. Bappenda hadir."
    assert flagged(names, defined) == []


def test_affixed_words_pass():
    text = "Humas memitigasi krisis antarlembaga, ujarnya. Data dipublikasikan kata-kata itu, pungkasnya."
    assert flagged(engine(), text) == []


def test_runon_is_a_single_safe_fix():
    (f,) = engine().check(Document("Langkah ini merupakantindaklanjut rapat kemarin."))
    assert f.text == "merupakantindaklanjut" and f.suggestions == ("merupakan tindak lanjut",)
    assert f.safe_fix == "merupakan tindak lanjut"


def test_kinds_and_levels():
    eng = engine(ALL_KINDS)
    text = ("Kebijakan itu soal whistleblower. Warga dikirimin surat. "
            "Ada stuntinx dan stuntinx lagi. Kata zzqxv aneh. Kebijakan baru kebijakan lama.")
    got = {(f.text, f.severity.label) for f in eng.check(Document(text))}
    assert ("whistleblower", "info") in got
    assert ("dikirimin", "info") in got
    assert ("stuntinx", "hint") in got  # unknown, nothing likely close: a hint, used twice or not
    assert ("zzqxv", "hint") in got
    assert ("kebijakan", "warning") in got and ("Kebijakan", "warning") in got  # rejected


def test_levels_off_and_override():
    eng = engine(RULE + "report: [typo, foreign]\nlevels: {foreign: 'off', typo: error}\n")
    got = flagged(eng, "Soal whistleblower antata kita.")
    assert got == [("antata", ("antara",), "error")]


def test_foreign_word_in_italics_or_quotes_is_not_reported():
    eng = engine(RULE + "report: [foreign]\n")
    md = "Ia disebut *whistleblower* oleh media. Lalu “whistleblower itu” katanya. Dia whistleblower."
    got = [f.start for f in eng.check(Document(md, "a.md", "markdown"))]
    assert got == [md.rindex("whistleblower")]
    html = "<p>Ia disebut <i>whistleblower</i> oleh media, dia whistleblower.</p>"
    got = [f.start for f in eng.check(Document(html, "a.html", "html"))]
    assert got == [html.rindex("whistleblower")]


def test_project_accept_vocabulary_and_rule_accept(tmp_path):
    (tmp_path / "accept.txt").write_text("antata\nKomim[a-z]o\n", encoding="utf-8")
    cfg = Config(root=tmp_path, accept_files=[tmp_path / "accept.txt"])
    eng = Engine(cfg, rules=[parse_rule(RULE + "accept: [yangl]\n", "T/S.yml", "T.S")])
    assert [f.text for f in eng.check(Document("antata Komimfo yangl antaraa"))] == ["antaraa"]


def test_sentence_initial_names_are_not_typos():
    assert flagged(engine(), "Lisa datang. Diaz pulang. “Andra pergi,” katanya.") == []


def test_rule_options_are_validated():
    from sunting.errors import RuleError

    with pytest.raises(RuleError):
        parse_rule(RULE + "report: [typos]\n", "T/S.yml", "T.S")
    with pytest.raises((RuleError, ValueError)):
        engine(RULE + "accept: ['a(b']\n")


def _shared() -> Path | None:
    env = os.environ.get("SUNTING_SHARED")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared", REPO / "shared"]:
        if (cand / "corpus").is_dir():
            return cand
    return None


@pytest.mark.corpus
def test_seed_article_through_the_engine():
    shared = _shared()
    if shared is None:
        pytest.skip("../shared/corpus is not present beside the repository")
    text = (shared / "corpus" / "seed" / "seed-article.txt").read_text(encoding="utf-8")
    both = Engine(Config(), rules=[parse_rule(RULE, "Test/Spelling.yml", "Test.Spelling"),
                                   parse_rule(NAMES, "Test/Names.yml", "Test.Names")])
    got = [(f.text, f.suggestions[0]) for f in both.check(Document(text))
           if f.severity >= Severity.WARNING]
    assert got == [("Komimfo", "Kominfo"), ("yangl", "yang"), ("antata", "antara")]
