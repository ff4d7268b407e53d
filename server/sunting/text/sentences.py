"""Sentence splitting over tokens, aware of the language's abbreviations.

A period after a title or a short form (Indonesian: dr., Prof., H., No., S.H., a.n.;
:attr:`Language.titles`) does not end a sentence; after ``dll.``/``dsb.``/``dst.``
(:attr:`Language.sentence_final_abbreviations`) it ends one only when a capitalised word follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sunting.text.tokens import Token

if TYPE_CHECKING:
    from sunting.languages import Language

ENDERS = frozenset({".", "?", "!", "…", "...", "?!", "!?"})
CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


def split_sentences(tokens: list[Token], text: str, offset: int,
                    language: "Language | None" = None) -> list[tuple[int, int]]:
    """Return (start, end) source spans of the sentences of a block (``language``: default
    Indonesian)."""
    from sunting.languages import get_language

    lang = get_language(language)
    spans: list[tuple[int, int]] = []
    start: int | None = None
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if start is None:
            start = tok.start
        if tok.text in ENDERS and _ends_sentence(tokens, i, lang):
            end = tok.end
            j = i + 1
            while j < n and (tokens[j].text in CLOSERS or tokens[j].text in ENDERS) and tokens[j].start == end:
                end = tokens[j].end
                j += 1
            spans.append((start, end))
            start = None
            i = j
            continue
        i += 1
    if start is not None and tokens:
        spans.append((start, tokens[-1].end))
    return spans


def first_sentence(text: str) -> str:
    """The first whole sentence of a prose text (a rule's description), on one line.

    Never cut mid-sentence: a period inside ``KBBI V.``, ``mis.`` or ``S.H.`` does not end it
    (the same splitter as the checks use). Text without a sentence end is returned whole.
    """
    from sunting.text.tokens import tokenize

    flat = " ".join(text.split())
    tokens = tokenize(flat)
    for _, end in split_sentences(tokens, flat, 0):
        # an end inside brackets, or one that a comma or a lower-case word continues, is an
        # ellipsis or an abbreviation in an example list — "(kata, ujar, jelas …), petikan"
        depth = sum(flat.count(o, 0, end) - flat.count(c, 0, end) for o, c in ("()", "[]"))
        rest = flat[end:].lstrip()
        if depth <= 0 and not (rest[:1].islower() or rest[:1] in (",", ";", ":", ")", "]")):
            return flat[:end].strip()
    return flat


def _ends_sentence(tokens: list[Token], i: int, lang: "Language") -> bool:
    tok = tokens[i]
    if tok.text != ".":
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or prev.end != tok.start:
        return nxt is None or nxt.text[:1].isupper() or not nxt.text[:1].isalpha()
    word = prev.text.lower()
    # dotted abbreviations: S.H., a.n., M.Si.
    k = i - 1
    parts = [prev.text]
    while k >= 2 and tokens[k - 1].text == "." and tokens[k - 2].kind == "word" and tokens[k - 1].start == tokens[k - 2].end and tokens[k].start == tokens[k - 1].end:
        parts.insert(0, tokens[k - 2].text)
        k -= 2
    dotted = ".".join(parts).lower()
    if prev.kind == "word" and (word in lang.titles or dotted in lang.titles or len(parts) > 1 and all(len(p) <= 3 for p in parts)):
        return False
    if prev.kind == "word" and len(prev.text) == 1 and prev.text.isupper():
        return False  # an initial: H. Ahmad
    if nxt is None:
        return True
    if word in lang.sentence_final_abbreviations:
        return nxt.text[:1].isupper()
    if nxt.kind == "word" and nxt.text[:1].islower():
        return False  # "pukul 10 malam. kemudian" is rare; a lower-case word usually means an abbreviation
    return True
