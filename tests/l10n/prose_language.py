"""Is a piece of prose Indonesian or English? A small, robust heuristic over function words.

Descriptions quote words of the other language (English spellings the rule flags, Indonesian
examples in an English text), so no single word decides: the text is Indonesian when its
Indonesian function words clearly outnumber its English ones. Only words that cannot be
the other language's are counted (no ``as``/``AS``, ``an``/-an, ``in``, ``di``/DI).
"""

from __future__ import annotations

import re

ENGLISH = frozenset("""
the a of and is are was were be been to for with not this that these those which when where from by
or it its into only must should can may one each their there than then but also such other
""".split())
INDONESIAN = frozenset("""
yang dan dari untuk dengan atau tidak ini itu adalah ialah pada dalam oleh bukan juga karena bila
jika agar tetapi sebagai harus dapat bisa ditulis kata huruf tanda kalimat hanya setiap sebuah
satu bentuk sering tanpa maka lain bahwa seperti menjadi kecuali setelah sebelum
""".split())
WORD = re.compile(r"[^\W\d_]+")


def counts(text: str) -> tuple[int, int]:
    """(Indonesian function words, English function words) in ``text``; code spans, quoted
    words (‘…’, `…`) and parentheses are left out: they hold the examples."""
    text = re.sub(r"`[^`]*`|‘[^’]*’|\([^()]*\)", " ", text)
    words = [w for w in WORD.findall(text)]
    ind = sum(1 for w in words if w.lower() in INDONESIAN)
    eng = sum(1 for w in words if w in ENGLISH or (w[:1].isupper() and w.lower() in ENGLISH and w.lower() != "a"))
    return ind, eng


def looks_indonesian(text: str) -> bool:
    ind, eng = counts(text)
    return ind > 0 and ind >= 4 * eng if len(WORD.findall(text)) >= 6 else eng == 0


def looks_english(text: str) -> bool:
    ind, eng = counts(text)
    return eng > 0 and eng >= 2 * ind
