"""The precomputed root sets shipped in lexicon/data are what the lexicon would derive."""

from sunting.lexicon.lexicon import Lexicon


def test_precomputed_roots_are_current():
    lex = Lexicon()
    assert lex.roots == lex.derive_roots()
    assert lex.affix_roots == lex.derive_affix_roots()
    assert lex.hunspell_flagged == lex.derive_hunspell_flagged()
