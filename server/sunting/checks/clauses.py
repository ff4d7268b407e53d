"""Where a clause's subject ends and its predicate begins, over the tagger's parts of speech.

EYD V puts no comma between a subject and its predicate, and a comma after a fronted adverbial
(``Tahun lalu, …``, ``Di Jakarta, …``). Both look the same to a word pattern: a phrase, a comma,
a verb. What tells them apart is the clause: a subject is a noun phrase (a noun, a name, a
pronoun, with its modifiers and maybe a *yang* clause) that holds no predicate of its own and
is not headed by a preposition, a conjunction or a word of time; a predicate opens with an
auxiliary, a negation, a copula or a verb. These functions read one sentence's tokens (of a
block's :class:`~sunting.text.analysis.BlockAnalysis`) with the language's
:class:`~sunting.languages.model.Clauses`, so a rule written over them knows no words.

:func:`fronted_clause` reads the other end of a clause: where a subordinate clause that opens
the sentence ends and its main clause begins. EYD V wants a comma there (*Jika harga terus
naik, kami terpaksa menutup warung*; *Kalau tidak segera ditangani, banjir akan meluas*) and
leaves it optional after a short phrase (*Sejak pagi warga sudah antre*). What tells the two
apart is not the conjunction but the clause: a clause has a predicate, so a sentence that opens
with *jika/ketika/karena/setelah …* and holds **two** predicates with no comma, conjunction or
relative between them runs its subordinate clause into its main clause:

1. the subordinator at the sentence's start, after a short opening connective and its comma
   (*Namun, jika …*) or after *bahwa* — not a connective phrase (*Karena itu*, *Saat ini*);
2. the subordinate clause's predicate: its first verb, or a modal/aspect word or adverb with
   the verb or adjective it governs, with the verbs that run on from it (*ingin menikmati*,
   *datang membawa*) — a verb that takes a clause or a verb phrase as its complement
   (*meminta warga tidak keluar*, *menilai harga terlalu tinggi*) gives up: what follows may
   still be its own;
3. the main clause's predicate: the next modal/aspect/negation word (*akan*, *bisa*, *tidak*:
   they do not continue a finished predicate) or ``meN-``/``di-`` verb, after no conjunction,
   relative or preposition that would make it part of the subordinate clause;
4. where the comma goes: before the main predicate when nothing stands between the two
   (*Kalau tidak bisa diselesaikan jangan …* → *diselesaikan, jangan*); before the main
   clause's subject when it is a pronoun that can only be a subject (*ia*) or the subordinate
   clause's own pronoun again (*Setelah kami memanggil para saksi kami langsung …*), or a
   pronoun right after a predicate that takes no object (*Jika harga naik kami …*).
   Otherwise (*Jika hal itu konsisten dilakukan ekonomi RI bisa dijaga*) the stretch between
   the two predicates needs a comma, but where only the meaning tells: the object of one and
   the subject of the other meet there.

The reading is deliberately narrow: what it does not understand (a bracket, a second
conjunction, a ``yang``, a comma the writer put later) ends it without a result.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sunting.languages.model import Clauses

#: tokens that end the stretch a subject may span (a clause boundary or a quotation)
_BOUNDARY = frozenset(";:.?!\"“”‘’—–")
_OPEN, _CLOSE = "(", ")"
#: the longest subject read (in tokens, brackets included): a longer stretch is seldom one phrase
MAX_SUBJECT = 16
#: how far a second comma may close an aside (in tokens)
MAX_ASIDE = 25
#: the longest list read as one subject (in tokens)
MAX_LIST = 30
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
                  words: "Clauses") -> Iterator[tuple[int, bool, bool]]:
    """Where a clause with its own subject may start in the sentence ``a:b``, whether its
    predicate must be told by more than a verb, and whether it follows a fronted phrase's
    comma: the sentence's first word (after any opening
    quote or bracket), the word after a fronted phrase's comma (``Sementara itu, seorang warga
    …``), after a complement opener (``bahwa``, ``agar``), and after a verb of saying with no
    ``bahwa`` (``menyebut insiden itu, harus …``: strict, for the verb's object may be followed
    by a second predicate of the first subject)."""
    i = a
    while i < b and texts[i] in ("\"", "“", "‘", "(", "'"):
        i += 1
    if i >= b:
        return
    if (lowers[i] in words.subject_connectives and i + 1 < b and an.pos(i + 1) in ("NOUN", "PROPN")
            and lowers[i + 1] not in words.adverbial_heads):
        # a connective without its comma opens the sentence before its subject (Namun Simon
        # Clark, direktur …, mengatakan …; Adapun tokoh masyarakat …, Hafni, menyampaikan …)
        yield i + 1, False, False
    elif _fronted(an, lowers, texts, i, words):
        c = first_comma(texts, i, b)
        # a name after a longer fronted phrase may be its apposition (Menurut pengamat dari ITB,
        # Yannes Pasaribu, ada …): the comma after the name closes it
        if c is not None and c + 1 < b and not (c - i > 3 and _name_run(texts, c + 1, b)):
            yield c + 1, False, True
    else:
        yield i, False, False
    for k in range(i + 1, b - 1):
        if texts[k + 1] == "," or texts[k + 1] == words.complementiser:
            continue
        if lowers[k] in words.complement_openers:
            yield k + 1, False, False
        elif lowers[k] in words.complement_verbs and texts[k][:1].islower() and lowers[k + 1] not in words.complement_openers:
            yield k + 1, True, False


def first_comma(texts: list[str], s: int, b: int) -> int | None:
    """The first comma after ``s`` in ``s:b`` outside brackets, unless a clause boundary or a
    quotation mark comes first, or the stretch is longer than :data:`MAX_SUBJECT` tokens."""
    return next((k for k in _top_level(texts, s, min(b, s + MAX_SUBJECT + 1)) if texts[k] == ","), None)


def _top_level(texts: list[str], s: int, end: int) -> Iterator[int]:
    """The tokens of ``s:end`` outside brackets (not the brackets themselves), in order, up to
    the first clause boundary or quotation mark, inside brackets or not: the stretch a subject
    or a list may span."""
    depth = 0
    for k in range(s, end):
        t = texts[k]
        if t == _OPEN:
            depth += 1
        elif t == _CLOSE:
            depth = max(0, depth - 1)
        elif t in _BOUNDARY:
            return
        elif not depth:
            yield k


def list_comma(an, texts: list[str], lowers: list[str], s: int, b: int, words: "Clauses") -> int | None:
    """The comma that closes a list opening at ``s`` (``Reog, Kebaya, dan Kolintang,``; ``… yang
    mengangkat tema sejarah, tradisi, hingga tokoh budaya,``): the first comma after the word
    that joins the list's last item, once a comma has set the items apart. None when a clause
    boundary comes first, or within :data:`MAX_LIST` tokens. Every item after a comma or the
    joiner must open as a noun phrase (not ``yang``, a preposition or a verb: ``Gomery, yang
    memimpin …, mengatakan``; ``Beberapa sejarawan, seperti Chandler dan Weller, menyatakan``
    set off an aside), and ``atau`` joins no list here (``Nama Eesti, atau Estonia, …`` names
    one thing twice)."""
    commas = 0
    joined = False
    for k in _top_level(texts, s, min(b, s + MAX_LIST + 1)):
        if texts[k] == ",":
            if joined:
                return k
            commas += 1
            if not _item_start(an, texts, lowers, k + 1, b, words):
                return None
        elif commas and lowers[k] in words.list_joiners and lowers[k] != words.alternative_joiner:
            if joined or texts[k - 1] == "," and commas < 2 or not _item_start(an, texts, lowers, k + 1, b, words):
                return None
            joined = True
    return None


def _item_start(an, texts: list[str], lowers: list[str], k: int, b: int, words: "Clauses") -> bool:
    """Token ``k`` opens a list's item that is a noun phrase."""
    if k >= b:
        return False
    low = lowers[k]
    if low in words.list_joiners:
        return True  # the joiner after a serial comma: its item follows
    if low == words.relative or low in words.phrase_openers or low in words.phrase_verbs or low in words.connectives:
        return False
    return an.pos(k) in ("NOUN", "PROPN", "NUM", "ADJ", "DET")


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
    suffix = words.definite_suffix
    if suffix and first.endswith(suffix) and n_words <= 2:  # Hasilnya, …; Kabar baiknya, …
        return False
    if suffix and lowers[c - 1].endswith(suffix) and (n_words <= 2 or lowers[c - 1] in words.adverbial_heads):
        return False  # … pasangan yang menikah siri misalnya, …: an aside word without its comma
    # a fronted phrase of time: Dua pekan lalu, …; Pertandingan pekan ini, …
    yang = next((k for k in range(s, c) if lowers[k] == words.relative), c)
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
        if low == words.relative:
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
            return not (k > p and low in words.negations)  # paling tidak, …: a phrase of its own
        tag = an.pos(k)
        if tag == "VERB" and (k > p or not strict):
            return low not in words.phrase_verbs and not (k + 1 < b and texts[k + 1] == ",")
        if tag not in ("ADV", "ADJ") or k > p:
            return False
    return False


def aside_closed(an, lowers: list[str], texts: list[str], c: int, b: int, words: "Clauses") -> bool:
    """Whether the comma at ``c`` opens an aside that a second comma closes before the clause
    goes on with its predicate (``Budi, ditemui di rumahnya, mengatakan …``; ``Upaya ini, kata
    dia, dilakukan …``; ``Jin Ping Mei, diterbitkan pada 1610, meski …, menandai …``), or a list
    (``Beras, gula, dan minyak``; ``… dalam bidang bernyanyi, menari dan akting``)."""
    for k in range(c + 1, min(b, c + MAX_ASIDE)):
        t = texts[k]
        if t in _BOUNDARY:
            return False
        if t == ",":
            if opens_predicate(an, lowers, texts, k + 1, b, words) or (
                    k + 1 < b and lowers[k + 1] in words.list_joiners):
                return True
            if k + 1 < b and an.pos(k + 1) in ("NOUN", "PROPN", "NUM"):
                return False  # the items of a list in the predicate (terdiri dari nasi, ayam, …)
        elif lowers[k] in words.list_joiners and (texts[k - 1] == "," and k > c + 1
                                                 or k <= c + 3 and b - k <= 4):
            return True
    return False


# --------------------------------------------------------------------- fronted clauses
_OPENERS = frozenset("“\"‘'([«")
#: tags of words that may stand inside a predicate before its head
_PRE_TAGS = frozenset({"ADV", "AUX", "PART"})
#: … and before the verb that shows a main predicate (kami terpaksa menutup, ia langsung dibawa)
_RUN_TAGS = _PRE_TAGS | {"VERB"}
#: the longest opening connective before a comma (Oleh karena itu, …; Menurut Kepala Dinas, …)
_CONNECTIVE = 4


class FrontedClause(NamedTuple):
    """A sentence-initial subordinate clause that runs into its main clause (token indices)."""

    conjunction: int
    #: the head (last verb or adjective) of the subordinate clause's predicate
    head: int
    #: the first token after the subordinate predicate (its object or adjuncts, or the main clause)
    after_head: int
    #: the first token of the main clause's predicate
    main_predicate: int
    #: the first token of the main clause when where it starts is certain (the comma goes
    #: before it); None: somewhere in ``after_head`` … ``main_predicate``
    main: int | None


def _prefix(an, k: int) -> str:
    pfx = an.prefixes(k)
    return pfx[0] if pfx else ""


def fronted_clause(an, lowers: list[str], texts: list[str], a: int, b: int,
                   words: "Clauses") -> FrontedClause | None:
    """The subordinate clause that opens the sentence ``a:b`` and runs into its main clause
    without a comma (see the module's docstring), or None."""
    c = _conjunction(an, lowers, texts, a, b, words)
    if c is None or c + 1 >= b or not texts[c + 1][:1].isalpha() or lowers[c + 1] in words.phrase_tails:
        return None
    # the stretch read: up to the first punctuation
    e = c + 1
    while e < b and texts[e][:1].isalnum():
        e += 1
    # a comma the writer put (not the one before a closing quote) is most likely the one that
    # closes the subordinate clause: what seemed a second predicate is still its own (Jika
    # detikers mendapat telepon dari nomor tak dikenal, pastikan …; …, maka …)
    if any(texts[x] == "," and texts[x + 1][:1].isalnum() for x in range(e, b - 1)):
        return None
    breakers, pronouns = words.breakers, words.pronouns
    # the subordinate predicate's first word; a pronoun before it is the clause's subject
    i = c + 1
    own_subject = ""
    while i < e:
        w = lowers[i]
        if w in breakers:
            return None
        if _opens_fronted_predicate(an, lowers, i, words):
            break
        if w in pronouns:
            own_subject = w
        i += 1
    else:
        return None
    head, j = _fronted_predicate(an, lowers, i, e, words)
    if head is None or j >= e:
        return None
    # the main predicate: a modal/aspect word or a meN-/di- verb, nothing that binds it to the
    # subordinate clause on the way
    k = j
    while k < e:
        if lowers[k] in breakers:
            return None
        if lowers[k] in words.modal_words or an.pos(k) == "VERB" and _prefix(an, k) in ("meN", "di"):
            break
        k += 1
    else:
        return None
    if k > j and (an.pos(k - 1) == "ADP" or lowers[k - 1] in words.prepositions):
        return None  # dalam melaporkan, tanpa melihat: a verb a preposition governs
    # the adverbs and verbs before it are the main predicate's (kami langsung menangkap)
    k0 = k
    while k0 > j and (lowers[k0 - 1] in words.predicate_adverbs or an.pos(k0 - 1) in _RUN_TAGS
                      and lowers[k0 - 1] not in pronouns):
        k0 -= 1
    return FrontedClause(c, head, j, k0, _main_start(an, lowers, head, j, k0, own_subject, words))


def _conjunction(an, lowers: list[str], texts: list[str], a: int, b: int, words: "Clauses") -> int | None:
    """The subordinator that opens the sentence's first clause: at its start (after an
    opening quote), after a short opening connective with its comma (*Namun, jika …*;
    *Menurut dia, kalau …*), after ``bahwa`` or a verb of saying and its comma (*… mengatakan
    bahwa jika …*, *… menjelaskan, jika …*): the clause the verb reports."""
    c = a
    while c < b - 1 and texts[c] in _OPENERS:
        c += 1
    if lowers[c] in words.subordinators:
        return c if texts[c][:1].isupper() else None
    for m in range(c + 1, min(b - 1, c + _CONNECTIVE + 1)):
        if texts[m] == ",":
            if lowers[m + 1] in words.subordinators and all(
                    texts[x][:1].isalpha() and an.pos(x) != "VERB" for x in range(c, m)):
                return m + 1
            break
    for m in range(c, b - 1):
        if lowers[m] == words.complementiser or (
                texts[m] == "," and m > c and lowers[m - 1] in words.complement_verbs):
            return m + 1 if lowers[m + 1] in words.subordinators else None
    return None


def _opens_fronted_predicate(an, lowers: list[str], i: int, words: "Clauses") -> bool:
    w = lowers[i]
    if w in words.modal_words:
        return True
    if w in words.predicate_adverbs:
        # its head decides (tetap bersih: a predicate; lebih banyak warga: none)
        j = i + 1
        while j < len(lowers) and lowers[j] in words.predicate_adverbs:
            j += 1
        return j < len(lowers) and an.pos(j) in ("VERB", "ADJ") and lowers[j] not in words.quantity_adjectives
    return an.pos(i) == "VERB"


def _fronted_predicate(an, lowers: list[str], i: int, e: int, words: "Clauses") -> tuple[int | None, int]:
    """(head, first token after) of the predicate that starts at ``i``: modals and adverbs,
    the verb or adjective they govern and the verbs that run on from it. No head when the
    predicate takes a clause or a verb phrase (its object may be the next clause's subject)."""
    head = None
    j = i
    while j < e:
        w = lowers[j]
        if w in words.breakers:
            break
        if w in words.modal_words or w in words.predicate_adverbs:
            if head is not None and w in words.modal_words:
                break  # a modal after the head opens the next predicate (dibantu jangan …)
            j += 1
            continue
        tag = an.pos(j)
        if tag == "VERB":
            if head is not None and _prefix(an, j) == "di":
                break  # a passive after a finished predicate opens the next one (bersih disarankan)
            if (an.root(j) or w) in words.clause_taking_roots or w in words.clause_taking_roots:
                return None, j
            head = j
        elif tag == "ADJ" and (head is not None or j > i) and w not in words.quantity_adjectives:
            head = j  # after an adverb or modal (tetap bersih), or a manner word after the verb
        elif not (tag in _PRE_TAGS and w not in words.pronouns and head is None):
            break
        j += 1
    return head, j


def _main_start(an, lowers: list[str], head: int, j: int, k0: int, own_subject: str,
                words: "Clauses") -> int | None:
    """Where the main clause starts, when its place is certain (the module docstring's 4.)."""
    if k0 == j:
        return k0  # nothing between: a subjectless main clause (… diselesaikan, jangan …)
    last = lowers[k0 - 1]
    if last not in words.pronouns:
        return None
    if last in words.subject_pronouns or last == own_subject:
        return k0 - 1
    if k0 - 1 == j and (an.pos(head) == "ADJ" or an.pos(head) == "VERB" and not _prefix(an, head)):
        return j  # no object to take: Jika harga naik kami …
    return None
