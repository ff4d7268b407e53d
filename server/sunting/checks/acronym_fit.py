"""Whether a short form fits its long form, the Indonesian way.

Indonesian short forms take letters and syllables from the words of the long form, in
order: initials (``Badan Pusat Statistik`` → ``BPS``), heads of words (``Komunikasi dan
Informatika`` → ``Kom-info``), syllables from inside a word (``Korps Lalu Lintas`` →
``Kor-lan-tas``, ``Ketenagakerjaan`` → ``naker``), and a digit doubles the letter before it
(``P2MI`` → ``PPMI``). Leading words of the long form may drop (``Kementerian Pekerjaan Umum
(PU)``, ``Kepala Badan Gizi Nasional (BGN)``), lower-case connectors (``dan``, ``of``) may
give a letter or none (``Letter of Intent (LoI)``), and trailing words may give none
(``Korps Lalu Lintas Kepolisian Negara Republik Indonesia (Korlantas)``).

The test is deliberately lenient — a subsequence that starts at the head (or a syllable
onset) of the first word — so that real definitions pass; typos that stay subsequences
(``Komifo``) are caught by the near-miss reports, not here. ``Komimfo`` does not fit
``Komunikasi dan Informatika``: there is no ``f`` after its ``m``.

The connectors and the generic leading words are the language's
(:attr:`Language.acronym_connectors`, :attr:`Language.acronym_generic`), passed in by the check.
"""

from __future__ import annotations

import re

VOWELS = frozenset("aiueo")

_LETTER_DIGIT = re.compile(r"([^\W\d_])(\d)")


def letters(short: str) -> str:
    """The letters a short form spells, lower case: ``K/L`` → ``kl``, ``P2MI`` → ``ppmi``."""
    s = _LETTER_DIGIT.sub(lambda m: m.group(1) * max(1, int(m.group(2))), short)
    return "".join(ch for ch in s.lower() if ch.isalpha())


def words_of(text: str) -> list[str]:
    """Lower-case alphabetic words of a long form (hyphens and slashes split words)."""
    return re.findall(r"[^\W\d_]+", text.lower())


def _onsets(word: str) -> list[int]:
    """Positions a short form may start from in its first word: the head, or a syllable onset."""
    out = [0]
    for i in range(1, len(word)):
        if word[i] not in VOWELS and word[i - 1] in VOWELS:
            out.append(i)
    return out


def fits(short: str, words: list[str], onsets: bool = True) -> bool:
    """Whether the letters ``short`` (see :func:`letters`) fit the words of a long form.

    ``words`` are lower-case; the first must not be a connector. The first letter comes from
    the head of the first word (or, with ``onsets``, from a syllable onset in it: ``Biro
    Penerangan Masyarakat`` → ``Ropenmas``); the rest is an in-order subsequence of the
    remaining letters.
    """
    if not short or not words:
        return False
    first = words[0]
    rest_words = "".join(words[1:])
    for p in (_onsets(first) if onsets else (0,)):
        if first[p] != short[0]:
            continue
        if p > 0 and len(short) < 4:
            continue  # a syllable start only for longer mixed forms
        hay = first[p + 1:] + rest_words
        if _subsequence(short[1:], hay):
            return True
    return False


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def fitting_start(short: str, run: list[str], connectors: frozenset[str]) -> int | None:
    """Index of the first word of the shortest suffix of ``run`` that ``short`` fits, or None.

    ``run`` holds the words of a long-form candidate (any case); connectors never start it.
    A fit from the head of a word is preferred to one from a syllable inside it.
    """
    if not short:
        return None
    low = [w.lower() for w in run]
    for onsets in (False, True):
        for start in range(len(low) - 1, -1, -1):
            if low[start] in connectors or not low[start].isalpha():
                continue
            if fits(short, low[start:], onsets):
                return start
    return None


def extend_generic(run: list[str], start: int, generic: frozenset[str]) -> int:
    """Move ``start`` left over generic leading words (``Direktorat Jenderal`` before ``Informasi …``)."""
    while start > 0 and run[start - 1].lower() in generic:
        start -= 1
    return start


def initials(run: list[str], connectors: frozenset[str]) -> set[str]:
    """Initial-letter acronyms of every suffix of a run, with and without connectors (upper case)."""
    out: set[str] = set()
    n = len(run)
    for start in range(n):
        if run[start].lower() in connectors:
            continue
        content = "".join(w[0] for w in run[start:] if w.lower() not in connectors and w[:1].isalpha())
        every = "".join(w[0] for w in run[start:] if w[:1].isalpha())
        for a in (content, every):
            if len(a) >= 2:
                out.add(a.upper())
    return out


def core_key(run: list[str], connectors: frozenset[str], generic: frozenset[str]) -> str:
    """Comparison key of a long form: lower case, connectors and leading generic words dropped."""
    words = [w.lower() for w in run if w.lower() not in connectors]
    while words and words[0] in generic and len(words) > 1:
        words = words[1:]
    return " ".join(words)
