"""Where a clause's subject ends and its predicate begins, over the tagger's parts of speech.

EYD V puts no comma between a subject and its predicate, and a comma after a fronted adverbial
(``Tahun lalu, …``, ``Di Jakarta, …``). Both look the same to a word pattern: a phrase, a comma,
a verb. What tells them apart is the clause: a subject is a noun phrase (a noun, a name, a
pronoun, with its modifiers and maybe a *yang* clause) that holds no predicate of its own and
is not headed by a preposition, a conjunction or a word of time; a predicate opens with an
auxiliary, a negation, a copula or a verb. These functions read one sentence's tokens (of a
block's :class:`~sunting.text.analysis.BlockAnalysis`) with the language's
:class:`~sunting.languages.model.Clauses`, so a rule written over them knows no words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sunting.languages.model import Clauses

#: tokens that end the stretch a subject may span (a clause boundary or a quotation)
_BOUNDARY = frozenset(";:.?!\"“”‘’—–")
_OPEN, _CLOSE = "(", ")"
#: the longest subject read (in tokens, brackets included): a longer stretch is seldom one phrase
MAX_SUBJECT = 16
#: parts of speech a subject's first word may have
_SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM"})


def _fronted(an, lowers: list[str], texts: list[str], s: int, words: "Clauses") -> bool:
    """Token ``s`` opens a fronted phrase or clause, not a subject: a preposition, a
    conjunction, an adverb, a connective or a word of time (``Di Jakarta``, ``Jika …``,
    ``Sementara itu``, ``Tahun lalu``)."""
    low = lowers[s]
    if low in words.phrase_openers or low in words.connectives or low in words.adverbial_heads:
        return True
    return an.pos(s) in ("ADP", "SCONJ", "ADV", "CCONJ")


def _name_run(texts: list[str], s: int, b: int) -> bool:
    """Tokens from ``s`` to the next comma are all capitalised words (a name)."""
    k = s
    while k < b and texts[k] != ",":
        if not texts[k][:1].isupper() and texts[k] not in ("(", ")", ".", "'"):
            return False
        k += 1
    return k > s


def clause_starts(an, lowers: list[str], texts: list[str], a: int, b: int,
                  words: "Clauses") -> Iterator[tuple[int, bool]]:
    """Where a clause with its own subject may start in the sentence ``a:b``, and whether its
    predicate must be told by more than a verb: the sentence's first word (after any opening
    quote or bracket), the word after a fronted phrase's comma (``Sementara itu, seorang warga
    …``), after a complement opener (``bahwa``, ``agar``), and after a verb of saying with no
    ``bahwa`` (``menyebut insiden itu, harus …``: strict, for the verb's object may be followed
    by a second predicate of the first subject)."""
    i = a
    while i < b and texts[i] in ("\"", "“", "‘", "(", "'"):
        i += 1
    if i >= b:
        return
    if _fronted(an, lowers, texts, i, words):
        c = first_comma(texts, i, b)
        # a name after a longer fronted phrase may be its apposition (Menurut pengamat dari ITB,
        # Yannes Pasaribu, ada …): the comma after the name closes it
        if c is not None and c + 1 < b and not (c - i > 3 and _name_run(texts, c + 1, b)):
            yield c + 1, False
    else:
        yield i, False
    for k in range(i + 1, b - 1):
        if texts[k + 1] in (",", "bahwa"):
            continue
        if lowers[k] in words.complement_openers:
            yield k + 1, False
        elif lowers[k] in words.complement_verbs and texts[k][:1].islower() and lowers[k + 1] not in words.complement_openers:
            yield k + 1, True


def first_comma(texts: list[str], s: int, b: int) -> int | None:
    """The first comma after ``s`` in ``s:b`` outside brackets, unless a clause boundary or a
    quotation mark comes first, or the stretch is longer than :data:`MAX_SUBJECT` tokens."""
    depth = 0
    for k in range(s, min(b, s + MAX_SUBJECT + 1)):
        t = texts[k]
        if t == _OPEN:
            depth += 1
        elif t == _CLOSE:
            depth = max(0, depth - 1)
        elif t in _BOUNDARY:
            return None
        elif t == "," and depth == 0:
            return k
    return None


def _verb(an, lowers: list[str], k: int) -> bool:
    """Token ``k`` is a verb: tagged so, or carrying an active or passive prefix (the tagger
    misreads verbs spelt off the standard, ``merespon``)."""
    if an.pos(k) == "VERB":
        return True
    return lowers[k].isalpha() and any(p in ("meN", "di") for p in an.prefixes(k))


def reads_as_subject(an, lowers: list[str], texts: list[str], s: int, c: int, words: "Clauses") -> bool:
    """Whether tokens ``s:c`` read as a subject noun phrase with no predicate of its own:
    headed by a noun, a name, a pronoun, a determiner or a number (not a preposition, a
    conjunction, an adverb or a fronted verb), not a fronted phrase of time or discourse
    (``Tahun lalu``, ``Hasilnya``), and holding no verb or auxiliary except as a noun's
    modifier (``bernama``, ``berusia``) or in a *yang* clause, whose verb comes first (``yang
    mengalir di lapangan menimbulkan …``: the second verb is the main predicate). A stretch
    that ends in an adjective outside a yang clause may be a clause with an adjective
    predicate (``Harga cabai mahal``); a single word is a subject only as a name or a pronoun."""
    if c <= s:
        return False
    first = lowers[s]
    if (an.pos(s) not in _SUBJECT_HEADS or first in words.phrase_openers or first in words.adverbial_heads
            or first in words.connectives):
        return False
    n_words = sum(1 for k in range(s, c) if texts[k][:1].isalnum())
    if n_words == 1 and an.pos(s) not in ("PROPN", "PRON"):
        return False
    if first.endswith("nya") and n_words <= 2:  # Hasilnya, …; Kabar baiknya, …
        return False
    if lowers[c - 1].endswith("nya") and (n_words <= 2 or lowers[c - 1] in words.adverbial_heads):
        return False  # … pasangan yang menikah siri misalnya, …: an aside word without its comma
    # a fronted phrase of time: Dua pekan lalu, …; Pertandingan pekan ini, …
    yang = next((k for k in range(s, c) if lowers[k] == "yang"), c)
    heads = [k for k in range(s, yang) if lowers[k] in words.adverbial_heads]
    if heads and (n_words <= 3 or lowers[c - 1] in words.adverbial_tails and heads[-1] >= c - 3):
        return False
    depth = 0
    in_yang = False
    yang_verb: int | None = None  # the yang clause's verb, once read
    for k in range(s, c):
        t = texts[k]
        if t == _OPEN:
            depth += 1
            continue
        if t == _CLOSE:
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        low = lowers[k]
        if low == "yang":
            in_yang, yang_verb = True, None
            continue
        if k > s and (low in words.speech_words or low in words.connectives and low not in words.list_joiners
                      or low in words.quantity_predicates and not in_yang):
            return False
        tag = an.pos(k)
        if tag in ("SCONJ", "INTJ"):
            return False
        verb = tag == "AUX" or _verb(an, lowers, k)
        if not verb and tag == "PART" and not in_yang:
            return False
        if not verb or low in words.modifier_verbs:
            continue
        if not in_yang:
            return False
        # a yang clause holds one verb (maybe a serial pair: yang berhalangan hadir)
        if yang_verb is not None and (yang_verb != k - 1 or any(p in ("meN", "di") for p in an.prefixes(k))):
            return False
        yang_verb = k
    if texts[c - 1] == _CLOSE:
        return True  # a name's short form or age in brackets closes the phrase
    if an.pos(c - 1) == "ADJ" and not in_yang:
        return False
    return True


def opens_predicate(an, lowers: list[str], texts: list[str], p: int, b: int, words: "Clauses",
                    strict: bool = False) -> bool:
    """Whether the clause goes on at ``p`` with its predicate: an auxiliary, a negation or a
    copula (``akan``, ``tidak``, ``adalah``), or a verb that does not open a phrase
    (``menyusul``, ``berdasarkan`` do), maybe after one adverb or adjective (``kini``, ``juga``,
    ``aktif membangun``). ``strict``: a verb counts only after such a word."""
    for k in (p, p + 1):
        if k >= b or not texts[k][:1].islower():
            return False
        low = lowers[k]
        if low in words.speech_words or low in words.connectives:
            return False
        if low in words.predicate_words:
            return not (k > p and low in ("tidak", "tak"))  # paling tidak, …: a phrase of its own
        tag = an.pos(k)
        if tag == "VERB" and (k > p or not strict):
            return low not in words.phrase_verbs and not (k + 1 < b and texts[k + 1] == ",")
        if tag not in ("ADV", "ADJ") or k > p:
            return False
    return False


def aside_closed(an, lowers: list[str], texts: list[str], c: int, b: int, words: "Clauses") -> bool:
    """Whether the comma at ``c`` opens an aside that a second comma closes before the clause
    goes on with its predicate (``Budi, ditemui di rumahnya, mengatakan …``; ``Upaya ini, kata
    dia, dilakukan …``), or a list (``Beras, gula, dan minyak``)."""
    for k in range(c + 1, min(b, c + 10)):
        t = texts[k]
        if t in _BOUNDARY:
            return False
        if t == ",":
            return opens_predicate(an, lowers, texts, k + 1, b, words) or (
                k + 1 < b and lowers[k + 1] in words.list_joiners)
        if lowers[k] in words.list_joiners and k > c + 1 and texts[k - 1] == ",":
            return True
    return False
