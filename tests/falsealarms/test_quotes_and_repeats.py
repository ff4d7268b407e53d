"""Issue 13.9 — speech inside quotations: lexical findings on a speaker's words (an unknown
word, a colloquial form, a stammered repeat) are info at most; orthographic ones (spacing,
hyphens, -lah, pun, capitals, commas, standard spellings) keep their level. And the repeated-
word suggestions: a reduplication only for words that reduplicate."""

from __future__ import annotations

import re

import pytest


def _by_rule(found, rule):
    return [(text, sugg, level) for r, text, sugg, level in found if r == rule]


def test_stammered_repeat_in_a_quotation_is_info(findings):
    got = _by_rule(findings('"Kami tidak tidak bisa datang," kata Budi.'), "Typography.RepeatedWord")
    assert got == [("tidak tidak", "tidak", "info")]


def test_repeated_word_in_narrative_stays_a_warning(findings):
    got = _by_rule(findings("Kami tidak tidak bisa datang ke acara itu."), "Typography.RepeatedWord")
    assert got == [("tidak tidak", "tidak", "warning")]


def test_a_speakers_unknown_word_is_info_even_where_a_house_raises_it():
    """EYD.Spelling marks its unknown-word kind lexical: a house that raises it to warning
    still sees it as info inside a quotation (and as a warning in narrative)."""
    from pathlib import Path

    from sunting.config import Config
    from sunting.engine import Engine
    from sunting.loader import parse_rule
    from sunting.text.document import Document

    repo = Path(__file__).resolve().parents[2]
    path = repo / "rules" / "EYD" / "Spelling.yml"
    text, n = re.subn(r"(?m)^report: .*$", "report: [typo, runon, rejected, unknown]\nlevels: {unknown: warning}",
                      path.read_text(encoding="utf-8"))
    assert n == 1
    engine = Engine(Config(root=repo), rules=[parse_rule(text, str(path), "EYD.Spelling")])
    word = "zqxwvplok"
    quoted = [f for f in engine.check(Document(f'"Itu {word} sekali," katanya.', None, "plain")) if f.text == word]
    narrative = [f for f in engine.check(Document(f"Itu {word} sekali katanya.", None, "plain")) if f.text == word]
    assert [f.severity.label for f in quoted] == ["info"]
    assert [f.severity.label for f in narrative] == ["warning"]


def test_a_typo_in_a_quotation_stays_a_warning(findings):
    """A typo with a close word is the writer's slip, quoted or not (recall of marked errors)."""
    got = _by_rule(findings('"Ia mengambalikan uang itu kemarin," kata jaksa.'), "EYD.Spelling")
    assert got == [("mengambalikan", "mengembalikan", "warning")]


@pytest.mark.parametrize("text, rule, flagged, suggestion", [
    ('"Jadi kami dapatfeedback dari warga," katanya.', "EYD.Spelling", "dapatfeedback", "dapat feedback"),
    ('"Kita harus tetap bekerjasama," kata Ani.', "EYD.Compounds", "bekerjasama", "bekerja sama"),
    ('"Silahkan masuk ke ruangan," katanya.', "EYD.BakuForms", "Silahkan", "Silakan"),
    ('"Apapun yang terjadi kami hadir," katanya.', "EYD.Particles", "Apapun", "Apa pun"),
    ('"Ada rekan rekan wartawan di sini," katanya.', "EYD.Reduplication", "rekan rekan", "rekan-rekan"),
])
def test_orthographic_findings_in_a_quotation_keep_their_level(findings, text, rule, flagged, suggestion):
    assert (flagged, suggestion, "warning") in _by_rule(findings(text), rule)


@pytest.mark.parametrize("text, rule, flagged, suggestions", [
    ("Hakim sependapat dengan dengan jaksa.", "Typography.RepeatedWord", "dengan dengan", ("dengan",)),
    ("Dia mengatakan mengatakan bahwa harga naik.", "Typography.RepeatedWord", "mengatakan mengatakan", ("mengatakan",)),
    ("Ini harus harus diikuti audit.", "Typography.RepeatedWord", "harus harus", ("harus",)),
    ("Polisi menyita satu buah buah stempel.", "Typography.RepeatedWord", "buah buah", ("buah",)),
    ("Acara disiarkan secara langsung langsung pada Senin.", "Typography.RepeatedWord", "langsung langsung",
     ("langsung", "langsung-langsung")),
    ("Dewan memperjuangkan hak hak rakyat kecil.", "EYD.Reduplication", "hak hak", ("hak-hak", "hak")),
    ("Warga membawa barang barang bawaan.", "EYD.Reduplication", "barang barang", ("barang-barang", "barang")),
])
def test_reduplication_only_for_words_that_reduplicate(default_engine, text, rule, flagged, suggestions):
    from sunting.text.document import Document

    got = [f for f in default_engine.check(Document(text, None, "plain")) if f.text == flagged]
    assert [(f.rule, f.suggestions) for f in got] == [(rule, suggestions)]
    assert got[0].safe_fix == (suggestions[0] if len(suggestions) == 1 else None)
