"""Sentence splitting over tokens, aware of Indonesian abbreviations.

A period after a title or a short form (dr., Prof., H., No., S.H., a.n.) does not end a
sentence; after ``dll.``/``dsb.``/``dst.`` it ends one only when a capitalised word follows.
"""

from __future__ import annotations

from sunting.text.tokens import Token

#: Never end a sentence (titles and labels that precede something; mis. ‘misalnya’,
#: lih. ‘lihat’, bdk. ‘bandingkan’, spt. ‘seperti’ introduce what follows).
TITLES = frozenset(
    """dr drs dra prof ir h hj kh st no nomor hlm tgl jl jln kec kab kel kel. bpk ibu sdr sdri yth
    a.n u.p s.h s.e s.pd s.kom m.si m.m m.h m.pd ph.d dr.h s.t s.sos s.ip m.t mr mrs ms
    pol kol brigjen kombes akbp ajun kompol iptu ipda aiptu bripka brigpol bripda letjen mayjen
    no. vol ed kep per pt cv tbk persero ltd co inc kp rt rw gg dk bg dkk
    mis lih bdk spt""".split()
)
#: May end a sentence when followed by a capitalised word.
SENTENCE_FINAL_ABBREVIATIONS = frozenset("dll dsb dst dkk tsb etc".split())

ENDERS = frozenset({".", "?", "!", "…", "...", "?!", "!?"})
CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


def split_sentences(tokens: list[Token], text: str, offset: int) -> list[tuple[int, int]]:
    """Return (start, end) source spans of the sentences of a block."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if start is None:
            start = tok.start
        if tok.text in ENDERS and _ends_sentence(tokens, i):
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


def _ends_sentence(tokens: list[Token], i: int) -> bool:
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
    if prev.kind == "word" and (word in TITLES or dotted in TITLES or len(parts) > 1 and all(len(p) <= 3 for p in parts)):
        return False
    if prev.kind == "word" and len(prev.text) == 1 and prev.text.isupper():
        return False  # an initial: H. Ahmad
    if nxt is None:
        return True
    if word in SENTENCE_FINAL_ABBREVIATIONS:
        return nxt.text[:1].isupper()
    if nxt.kind == "word" and nxt.text[:1].islower():
        return False  # "pukul 10 malam. kemudian" is rare; a lower-case word usually means an abbreviation
    return True
