"""How sure the corrector is that a lower-case word is a slip (issue 13: the typo kind of
``EYD.Spelling`` measured below 90 % precise).

The corrector calls a word a slip when its best correction scores (prior x error model) more
than the word's own threshold. That is right for a word the lists lack by accident of typing
(``antata``, ``mnyebabkan``); it is wrong for a real word the lists lack — a regional word, a
term of a trade, a dictionary word too rare for the frequency list (``teba``, ``tasa``,
``koas``, ``menegasikan``), which the copy desk leaves alone. On the dev verdicts those false
slips share a few traits that a typing slip rarely has; :func:`doubt` names the one a slip
shows, and the spelling check reports such a slip in its doubtful tier (``EYD.SpellingDoubtful``,
info) instead of as a warning:

``odds``
    the best correction scores only a little over the threshold (less than :data:`SURE_ODDS`
    times it): the evidence for a slip is thin whatever the word is;
``short``
    a word of :data:`SHORT` letters or fewer, unless the correction outscores its threshold
    by far (:data:`SURE_ODDS_SHORT`): every short string is one edit from some common word,
    and short regional words and clipped terms are many (``teba`` is one edit from tiba);
``dictionary``
    the word is itself in the dictionary (Hunspell or the root list): a rare real word, not a
    non-word; whether it is the wrong word is a matter of context (the real-word rule's);
``derived``
    the word is a regular derivation — of a root the corrector's morphology knows, or of a
    dictionary root of :data:`LONG_ROOT` letters or more that it does not let take affixes
    (no use of it in the frequency list: ``menegasikan`` from negasi). A word that parses is
    a word the frequency list lacks before it is a slip; a long root is no accident of one.

The numbers are the dev corpus's (``benchmarks/precision.py``); the held-out judges' verdicts
measure them (``benchmarks/README.md``).
"""

from __future__ import annotations

from functools import lru_cache

from sunting.lexicon.channel import slip_probability
from sunting.lexicon.morphology import Morphology

#: the best correction must score this many times the word's threshold for a sure slip
SURE_ODDS = 3.5
#: a word this short (letters of the changed part) needs far more
SHORT = 4
SURE_ODDS_SHORT = 80.0
#: a dictionary root this long under affixes the morphology does not allow is no slip's
LONG_ROOT = 6


def changed_part(typed: str, correction: str) -> tuple[str, str]:
    """The one part of a hyphenated word a correction changes (``di-reshuflle`` →
    ``reshuflle``, ``reshuffle``); the words themselves otherwise."""
    if "-" in typed and typed.count("-") == correction.count("-"):
        pairs = [(a, b) for a, b in zip(typed.split("-"), correction.split("-"), strict=True) if a != b]
        if len(pairs) == 1:
            return pairs[0]
    return typed, correction


def slip_odds(lex, typed: str, correction: str) -> float:
    """How many times the score of ``correction`` exceeds the score a correction of ``typed``
    must reach to make ``typed`` a slip (≥ 1 for a reported slip; inf without a threshold)."""
    threshold = lex.own_threshold(typed)
    if not threshold:
        return float("inf")
    return lex.word_prior(correction) * slip_probability(typed, correction, 2) / threshold


def doubt(lex, typed: str, correction: str) -> str | None:
    """Why the slip ``typed`` → ``correction`` is doubtful (``odds``, ``short``,
    ``dictionary``, ``derived``), or None when the evidence makes it a sure slip."""
    return _doubt(lex, *changed_part(typed.lower(), correction.lower()))


@lru_cache(maxsize=4096)
def _doubt(lex, low: str, fix: str) -> str | None:
    if not low.isalpha() or not fix.replace(" ", "").isalpha():
        return None
    if low in lex.roots or lex.hunspell.spell(low):
        return "dictionary"
    odds = slip_odds(lex, low, fix)
    if odds < SURE_ODDS:
        return "odds"
    if len(low) <= SHORT and odds < SURE_ODDS_SHORT:
        return "short"
    if lex.morphology.root_of(low) is not None:
        return "derived"
    root = _dictionary_morphology(lex).root_of(low)
    if root is not None and len(root) >= LONG_ROOT:
        return "derived"
    return None


@lru_cache(maxsize=4)
def _dictionary_morphology(lex) -> Morphology:
    """The lexicon's affix stripping over every dictionary root (the corrector's own admits
    only roots with evidence of use: unused short roots make typos look derived)."""
    return Morphology(lex.roots, lex.morphology.short_roots)
