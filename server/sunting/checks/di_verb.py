"""Whether a word after a separated ``di`` reads as the base of a passive verb.

``di laksanakan`` is the prefix written apart (``dilaksanakan``); ``di gerakan mahasiswa`` and
``di tumpukan sampah`` are the preposition before a noun. The ending alone cannot tell them
apart: ``-kan`` closes both the verb ``laksana + -kan`` and the noun ``gerak + -an``. The
lexicon can. A noun reading exists when the word is a root of its own (``selokan``) or a root
ending in ``k`` with ``-an`` (``gerak`` → ``gerakan``: its verb would double the k,
``digerakkan``); it wins when the joined form is (almost) never written — ``digerakan`` and
``diselokan`` are not words Indonesian uses, ``diberikan`` is (``berik`` is a rare root too).

The other way round, ``dilingkungan`` and ``dikawasan`` are the preposition written joined to a
noun: a passive verb never ends in ``-an`` unless its root does (``ditahan``, ``dimakan``,
``ditelan``), and the dictionary knows those joined forms; it knows none for a noun in ``-an``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

#: how much rarer the joined form (di + word) must be than the word itself for the noun to win
RARER = 20


def noun_not_verb(word: str, lex) -> bool:
    """``word`` (lower case, after ``di``) is a noun, not the base of a di- verb."""
    roots = lex.roots
    noun_shape = word in roots or word.endswith("kan") and word[:-2] in roots
    if not noun_shape:
        return False
    freq = lex.freq
    return freq.get("di" + word, 0) * RARER <= freq.get(word, 0)


class _Bare(NamedTuple):
    """A bare root as the language's ``active_form`` reads an affix analysis."""

    root: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()


def joined_noun(word: str, lex, active_form: Callable[[Any], str] | None = None) -> bool:
    """``word`` (lower case, written joined after ``di``) is a noun that the preposition
    governs, not the base of a di- verb: the dictionary knows the word but not ``di`` + word
    (``lingkungan``/``dilingkungan``, not ``tahan``/``ditahan``). A word in ``-kan`` is a
    verb's (``dilaksanakan``) and never counts.

    A word not in ``-an`` (``dipasar``, ``ditempat``, ``didaerah-daerah``: the first part of a
    reduplication decides) needs more, for Indonesian makes a di- passive of almost any noun the
    dictionary has not listed (``dimediasi``, ``ditarget``, ``diaspal``): the UD treebanks that
    ship with sunting write ``di`` + the word apart (:func:`~sunting.lexicon.context_model.ud_followers`:
    a place or time the preposition governs), it has no bare ``meN-`` verb (``menggerebek``;
    ``active_form``: the language's, :attr:`Language.active_form`; without one, no such word
    counts) and four letters at least (``dini``, ``diam``)."""
    word = word.split("-", 1)[0]
    if word.endswith("kan") or len(word) < 4:
        return False
    spell = lex.hunspell.spell
    if not spell(word) or spell("di" + word):
        return False
    if word.endswith("an") and len(word) >= 5:
        return True
    if active_form is None:
        return False
    from sunting.lexicon.context_model import ud_followers

    return word in ud_followers("di") and not spell(active_form(_Bare(word)))


def likelier(word: str, than: str, lex) -> bool:
    """``word`` (lower case) is a word the dictionary spells, written at least :data:`RARER`
    times as often as ``than`` (more often, when the dictionary rejects ``than``; and at least
    :data:`RARER` times at all): the form a writer meant when ``than`` differs from it by an
    affix's spelling (``dimasukkan`` for ``dimasukan``, ``penegakan`` for ``penegakkan``)."""
    spell = lex.hunspell.spell
    if not spell(word):
        return False
    freq = lex.freq
    often, rare = freq.get(word, 0), freq.get(than, 0)
    if often < RARER:
        return False
    # a form the dictionary rejects needs only to be the rarer one (dimasukan, a common slip,
    # is written a tenth as often as dimasukkan); one it spells must be far rarer
    return often > rare if not spell(than) else often >= RARER * max(rare, 1)


def bare_verb_root(word: str, lex, active_form: Callable[[Any], str] | None) -> bool:
    """``word`` (lower case, with no affix) is the bare root of a verb, whatever the tagger
    reads it as in a list (``ambil``, ``pasang``, ``tulis``): its active ``meN-`` form
    (``active_form``: the language's) and its ``di-`` form are written together at least as
    often as the bare word itself. A noun that also makes a verb is written bare far more often
    (``foto``/``memfoto``, ``cat``/``mengecat``, ``pukul``/``memukul``); a noun that makes none
    has no such forms at all (``dompet``, ``beras``)."""
    if active_form is None or not word.isalpha() or len(word) < 3:
        return False
    freq = lex.freq
    active = active_form(_Bare(word))
    verb = freq.get(active, 0) + freq.get("di" + word, 0)
    return freq.get(active, 0) > 0 and verb >= freq.get(word, 0) > 0
