"""The precomputed root sets shipped in lexicon/data are what the lexicon would derive, and the
compact word sets answer exactly as the sets they replace."""

from sunting.lexicon.lexicon import Lexicon
from sunting.lexicon.wordsets import SortedWords


def test_precomputed_roots_are_current():
    lex = Lexicon()
    assert lex.roots == lex.derive_roots()
    assert lex.hunspell_flagged == lex.derive_hunspell_flagged()
    assert lex.letter_trigrams == lex.derive_letter_trigrams()


def test_the_affix_root_rule_is_the_derived_set():
    lex = Lexicon()
    derived = lex.derive_affix_roots()
    candidates = set(lex.roots) | set(lex.freq) | {"dan", "yang", "xqzv"}
    assert {w for w in candidates if w in lex.affix_roots} == derived
    morph_roots = lex.morphology.roots
    assert "kementrian" in lex.freq and "kementrian" not in morph_roots  # a web misspelling derives nothing
    assert "cidera" not in morph_roots and "cedera" in morph_roots  # nor a non-standard form


def test_sorted_words_membership():
    words = SortedWords("abad\nabadi\nbakongan\nzebra\n")
    assert [w in words for w in ("abad", "abadi", "bakongan", "zebra")] == [True] * 4
    assert [w in words for w in ("", "a", "abac", "abadii", "bak", "zzz", "abad\nabadi", 3)] == [False] * 8
    assert list(words) == ["abad", "abadi", "bakongan", "zebra"] and len(words) == 4
    unsorted = SortedWords("zebra\nabad\n\nabad\n")  # a hand-edited file is sorted once
    assert "abad" in unsorted and "zebra" in unsorted and len(unsorted) == 2
    assert "a" not in SortedWords("") and not SortedWords("")


def test_localities_answer_as_the_file_lists():
    lex = Lexicon()
    listed = lex.data_dir.joinpath("localities.txt").read_text(encoding="utf-8").split()
    assert all(w in lex.localities for w in listed[::97])
    assert not any(w + "q" in lex.localities for w in listed[::97] if w + "q" not in listed)
