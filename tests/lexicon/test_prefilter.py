"""The corrector's exact prefilters (issue 12, latency of a newly typed unknown word): the
strings one edit from a typo that Hunspell and affix stripping certainly reject skip those
calls.  They must change no result: every string the expensive call accepts passes its
filter, and the filtered corrector gives the same verdicts and the same candidate lists
(scores included) as the unfiltered one.  Typos are generated from the lexicon's own
frequency list (seeded), not from the corpus."""

from __future__ import annotations

import random

import pytest

from sunting.lexicon.edits import edits1
from sunting.lexicon.lexicon import Lexicon
from sunting.lexicon.morphology import MIN_ROOT, suffix_splits
from sunting.lexicon.prefilter import SpellIndex


@pytest.fixture(scope="module")
def filtered():
    lex = Lexicon()
    lex.use_prefilters()
    return lex


@pytest.fixture(scope="module")
def reference():
    return Lexicon(prefilters=False)


def _typos(lex: Lexicon, n: int, seed: int = 12) -> list[str]:
    """``n`` one-slip typos of frequency-list words of 6+ letters (half of them with a prefix
    the stripper and Hunspell work hardest on), plus a few that need two slips."""
    rnd = random.Random(seed)
    words = sorted(w for w in lex.freq if len(w) >= 6 and w.isalpha() and w.isascii())
    prefixed = [w for w in words if w[:2] in ("me", "pe", "be", "te", "di", "ke", "se")]
    out = []
    for i in range(n):
        w = rnd.choice(prefixed if i % 2 else words)
        out.append(rnd.choice(sorted(e for e in edits1(w) if e.isalpha())))
    return out + ["pendidkan", "pembangnan", "perekonmian", "emnhatakan", "pemerinthan", "mneyelesaikn"]


def test_the_filters_are_sound_on_every_string_one_edit_from_a_typo(filtered, reference):
    spell, idx, m = filtered._spell_filter, filtered.morphology.index, reference.morphology
    assert spell is not None and idx is not None
    strings = set()
    for t in _typos(filtered, 150):
        strings |= edits1(t)
    rejected = 0
    for s in sorted(strings):
        if not spell.may_spell(s):
            rejected += 1
            assert not reference.hunspell.spell(s), s
        if not idx.may_have_root((x for x, _, _ in suffix_splits(s)), m._root_ok, MIN_ROOT):
            assert m._analyse(s) is None, s
        assert filtered.morphology.root_of(s) == m.root_of(s), s
    # it does filter: almost every such string behind a prefix is no word
    behind = [s for s in strings if s[:2] in ("me", "pe", "be", "te", "di", "ke", "se")]
    assert rejected > 0.9 * len(behind) > 1_000


def test_hunspell_words_of_the_frequency_list_all_pass_the_spell_filter(filtered, reference):
    spell = filtered._spell_filter
    words = [w for w in filtered.freq if w.isascii() and w.isalpha() and w.islower()]
    accepted = [w for w in words if reference.hunspell.spell(w)]
    assert len(accepted) > 10_000
    assert [w for w in accepted if not spell.may_spell(w)] == []


def test_filtered_corrector_gives_the_same_candidates_and_verdicts(filtered, reference):
    for t in _typos(filtered, 250, seed=2026):
        for lex in (filtered, reference):
            lex.vocabulary.cache.clear()
        assert filtered.candidates(t) == reference.candidates(t), t
        assert filtered.candidates(t, two_edits=False) == reference.candidates(t, two_edits=False), t
        assert filtered.check_word(t) == reference.check_word(t), t
        cap = t.capitalize()
        assert filtered.check_word(cap, True) == reference.check_word(cap, True), cap
        assert filtered.split_runon(t) == reference.split_runon(t), t
    assert filtered.check_word("pendidkan").suggestions[0] == "pendidikan"


def test_an_aff_file_outside_the_model_turns_the_spell_filter_off(tmp_path, filtered):
    aff = tmp_path / "x.aff"
    aff.write_text("SET ISO8859-1\nCOMPOUNDFLAG Z\nPFX A Y 1\nPFX A 0 ber .\n", encoding="iso-8859-1")
    dic = tmp_path / "x.dic"
    dic.write_text("1\nkerja/A\n", encoding="iso-8859-1")
    assert SpellIndex.read(aff, dic) is None
    aff.write_text("SET ISO8859-1\nPFX A Y 1\nPFX A 0 ber .\nSFX B Y 1\nSFX B 0 an .\n", encoding="iso-8859-1")
    index = SpellIndex.read(aff, dic)
    assert index is not None
    assert index.may_spell("berkerja") and index.may_spell("berkerjaan") and not index.may_spell("berkarja")
    assert not index.may_spell("bekerjaan")  # 'be' is no append of this file
    assert index.may_spell("Berkarja")  # not lower-case a-z: Hunspell decides
    assert index.may_spell("kerjo")  # no prefix append starts it: Hunspell is as fast as the filter


def test_the_lexicon_builds_the_filters_on_first_need():
    lex = Lexicon()
    assert lex._spell_filter is None and lex.morphology.index is None
    lex.check_word("emnhatakan")  # a two-slip word: built beside the two-slip index
    assert lex._spell_filter is not None and lex.morphology.index is not None
    assert Lexicon(prefilters=False).check_word("emnhatakan") == lex.check_word("emnhatakan")
