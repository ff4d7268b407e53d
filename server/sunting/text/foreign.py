"""Runs of words that are not Indonesian: English phrases, Latin maxims, Arabic transliteration.

Indonesian copy carries other languages inline — an English phrase (``one day``, ``town hall
meeting``, ``fund manager``), an English name (``Economic Development Board Singapore``), a
Latin maxim of legal reporting (``ultra petita``, ``in casu``), a verse or a name transliterated
from Arabic (``ya ayyuhal ladzina amanu``, ``Al Qiyadah wal Jundiyah``). Checked as Indonesian,
each word is a "typo" with a nonsense suggestion (``hall`` → hal, ``lag`` → lagi) and one word
of a term gets "translated" (``manager`` → manajer). :func:`foreign_spans` finds the runs so
that checks can skip them or report the whole term once.

Words are told apart by lexicons, not by a statistical language guess (a word or two is too
short for one): an Indonesian word is one the Indonesian dictionary knows (Hunspell, the root
list, the morphology — not the frequency list, which holds the English the web writes); an
English word is in the English list; a Latin word is part of a listed maxim; a transliterated
Arabic word has the spelling of one (``dz``, ``kh``, ``gh``, a doubled vowel, an inner
apostrophe, the particles ``al``, ``wal``, ``ya``) and no Indonesian reading. A run is two or
more such words (English function words such as ``of`` may join them; a word both languages
share, such as ``data`` or ``status``, only extends a run of unambiguous ones), or a Latin maxim
of any length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from sunting.languages import ForeignWords

_ARABIC_SHAPE = re.compile(r"(?i)(?:dz|dh|gh|th|ts|zh|sh|yy|aa|ii|uu|'[a-z]|[a-z]'|ʼ|ʿ)")


@lru_cache(maxsize=8)
def _latin_index(words: "ForeignWords") -> tuple[frozenset[str], int]:
    """The first words of the language's Latin phrases, and the longest phrase's length."""
    phrases = words.latin_phrases
    return frozenset(p.split()[0] for p in phrases), max((len(p.split()) for p in phrases), default=0)


def _words(words: "ForeignWords | None") -> "ForeignWords":
    if words is None:
        from sunting.languages import get_language

        return get_language().foreign
    return words


@dataclass(frozen=True)
class ForeignSpan:
    start: int  # source offsets of the first and last word
    end: int
    language: str  # "en" | "la" | "ar"
    first: int  # token indexes, inclusive
    last: int
    #: token indexes of the words that belong only to the run's language (``time lag``: lag;
    #: ``town hall``: both); a run of one such word and shared ones (``data online``) may
    #: still be Indonesian
    strong_tokens: tuple[int, ...] = ()

    #: sure to be a foreign term as a whole: two words or more of its own language, or held
    #: together by a joining word (``margin of error``)
    sure: bool = True

    @property
    def strong(self) -> int:
        return len(self.strong_tokens)

    @property
    def words(self) -> int:
        return self.last - self.first + 1


def _indonesian(lex, word: str) -> str | None:
    """"word" when a dictionary lists it, "derived" when only the morphology reads it (an
    affix and a root: ``kutiba`` as ku- + tiba), None otherwise."""
    low = word.lower()
    if lex.in_dictionary(low):
        return "word"
    if word[:1].isupper() and lex.hunspell.spell(word):
        return "word"  # a name the dictionary lists (Jawa, Senin)
    return "derived" if lex.morphology.root_of(low) is not None else None


def classify(lex, word: str, words: "ForeignWords | None" = None) -> str:
    """``id``, ``id?`` (Indonesian by affixes alone), ``en`` (English only), ``both`` (a word
    both languages write: time, manager), ``ar`` (transliterated Arabic), or ``?``."""
    low = word.lower().strip("'’")
    if not low or not low.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return "?"
    if len(word) > 1 and word.isupper():
        return "?"  # a short form (ISIS, KPK): of no language
    words = _words(words)
    if low in words.arabic_particles:
        return "ar"  # al, wal, ya: evidence only beside another word of a transliteration
    indonesian = _indonesian(lex, word)
    english = low in lex.english
    if english and indonesian:
        # a word both languages write is Indonesian when Indonesian writes it very often
        # (yang, data, program), shared otherwise (time, manager, margin)
        return "id" if lex.freq.get(low, 0) >= words.common_frequency else "both"
    if english:
        return "en"
    if indonesian is None and "-" in low:
        parts = [p for p in low.split("-") if p]
        # one-stop, follow-up, check-in: English words joined by a hyphen (the English list
        # holds words of three letters or more; a last part of two letters that is no
        # Indonesian word may end them, as an Indonesian prefix never does: se-Indonesia,
        # di-repost), not a reduplication (data-data), not all of them Indonesian words too
        if len(parts) > 1 and len(set(parts)) == len(parts) and parts[0] in lex.english \
                and all(p in lex.english or i == len(parts) - 1 and len(p) == 2 and not _indonesian(lex, p)
                        for i, p in enumerate(parts)) \
                and not all(_indonesian(lex, p) for p in parts):
            return "en"
    if indonesian == "word":
        return "id"
    if indonesian == "derived":
        return "id?"  # Indonesian by its affixes only: inside a transliteration it is not
    if low.startswith(("al-", "ar-", "as-", "an-", "ash-")):
        return "ar"
    if _ARABIC_SHAPE.search(low) and not word[:1].isupper():
        return "ar"  # a capitalised word so spelt is a name (Luthfi), not a transliteration
    return "?"


def foreign_spans(tokens, source: str, lex, known: "ForeignWords | None" = None) -> tuple[ForeignSpan, ...]:
    """The runs of foreign words among ``tokens`` (one block's tokens); ``known`` is the
    language's knowledge of the foreign words of its copy (default Indonesian's)."""
    known = _words(known)
    latin_first, latin_max = _latin_index(known)
    n = len(tokens)
    if n == 0:
        return ()
    kinds: list[str | None] = [None] * n
    out: list[ForeignSpan] = []
    taken = [False] * n

    def joined(i: int, j: int) -> bool:
        gap = source[tokens[i].end:tokens[j].start]
        return gap in (" ", "\u00a0") or gap == ""

    # Latin maxims first: listed phrases, whole words
    low = [t.text.lower() if t.kind == "word" else None for t in tokens]
    i = 0
    while i < n:
        if low[i] in latin_first:
            for k in range(min(latin_max, n - i), 0, -1):
                words = low[i:i + k]
                if None in words or not all(joined(x, x + 1) for x in range(i, i + k - 1)):
                    continue
                if " ".join(words) in known.latin_phrases:  # type: ignore[arg-type]
                    out.append(ForeignSpan(tokens[i].start, tokens[i + k - 1].end, "la", i, i + k - 1,
                                           tuple(range(i, i + k))))
                    for x in range(i, i + k):
                        taken[x] = True
                    i += k - 1
                    break
        i += 1

    def kind(i: int) -> str | None:
        if tokens[i].kind != "word" or taken[i]:
            return None
        if kinds[i] is None:
            kinds[i] = classify(lex, tokens[i].text, known)
        return kinds[i]

    def member(j: int, lang: str) -> str | None:
        """How word j belongs to a run of ``lang``: "strong", "weak" (may join it), or None."""
        kj = kind(j)
        if kj is None:
            return None
        if lang == "en":
            if kj == "en":
                return "strong"
            return "weak" if kj == "both" or low[j] in known.english_joiners else None
        if kj == "ar" or low[j] in known.arabic_particles:
            return "strong"
        # an unknown word, one read as Indonesian by its affixes alone, or any word after a
        # particle (Al Hikmah wal Barakah), inside a transliteration
        if kj in ("?", "id?") or j > 0 and low[j - 1] in known.arabic_particles and tokens[j].text[:1].isupper():
            return "weak"
        return None

    # English and Arabic runs
    i = 0
    while i < n:
        found = kind(i)
        if found not in ("en", "ar"):
            i += 1
            continue
        lang: str = found
        first = last = i
        strong = [i]
        j = i + 1
        while j < n and joined(j - 1, j):
            m = member(j, lang)
            if m is None:
                break
            if m == "strong":
                strong.append(j)
            if m == "strong" or lang == "ar":
                last = j
            elif low[j] not in known.english_joiners and len(strong) == 1 and last == j - 1:
                last = j  # fund manager: one English word and the shared word after it
            j += 1
        # back over shared words (time lag, margin of error) or the particles of a transliteration
        k = first
        while k > 0 and joined(k - 1, k) and member(k - 1, lang) is not None:
            k -= 1
            if member(k, lang) == "strong":
                strong.append(k)
            if low[k] not in known.english_joiners or lang == "ar":
                first = k  # a run never starts on a joining word either
        if last > first and len(strong) + (lang == "en") >= 2:
            sure = len(strong) >= 2 or any(low[x] in known.english_joiners for x in range(first, last + 1))
            out.append(ForeignSpan(tokens[first].start, tokens[last].end, lang, first, last,
                                   tuple(sorted(strong)), sure))
        i = max(j, i + 1)
    out.sort(key=lambda s: s.start)
    return tuple(out)


def block_spans(block) -> tuple[ForeignSpan, ...]:
    """The foreign runs of a block's tokens (``Block.foreign_spans`` caches this)."""
    from sunting.languages import get_language

    language = get_language(block.language)
    return foreign_spans(block.tokens, block.mask, language.lexicon(), language.foreign)


def part_of_longer_term(spans: Iterable[ForeignSpan], start: int, end: int, tokens) -> ForeignSpan | None:
    """The foreign run that holds [start, end) and goes beyond it, when the rest of the run is
    surely foreign: a Latin maxim or a transliteration, a joining word (``margin of error``),
    or a word of English only outside the match (``fund manager``: fund) — but not ``data
    online``, whose other word Indonesian shares."""
    s = span_at(spans, start, end)
    if s is None or (s.start == start and s.end == end):
        return None
    if s.sure:
        return s
    outside = [k for k in s.strong_tokens if not (start <= tokens[k].start and tokens[k].end <= end)]
    return s if outside else None


def span_at(spans: Iterable[ForeignSpan], start: int, end: int) -> ForeignSpan | None:
    """The span holding the source range [start, end), if any."""
    for s in spans:
        if s.start <= start and end <= s.end:
            return s
    return None


# ---------------------------------------------------------------------- marked as foreign
_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


@lru_cache(maxsize=8)
def _gloss_patterns(words: "ForeignWords") -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """The language's gloss markers before a term (``… alias fuel surcharge``), the same at the
    term's start, and ``<word> atau`` before it (None when the language names no such word)."""
    markers = "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in words.gloss_markers) or r"(?!)"
    alternative = (re.compile(rf"([^\W\d_]+)[ \t\u00a0]+{re.escape(words.alternative_word)}[ \t\u00a0]+$")
                   if words.alternative_word else None)
    return (re.compile(rf"\b(?:{markers})[ \t\u00a0]+$", re.I), re.compile(rf"(?i)(?:{markers})[ \t\u00a0]"),
            alternative)
#: the longest quotation read as a cited title rather than speech
CITED_MAX_WORDS = 12


def marked_foreign(text: str, start: int, end: int, is_indonesian=None,
                   known: "ForeignWords | None" = None) -> str | None:
    """Why the foreign term ``text[start:end]`` needs no finding, if it needs none.

    ``gloss``: the foreign original given beside its Indonesian equivalent — in parentheses
    right after it (``perundungan (bullying)``), after ``alias`` (``biaya tambahan alias fuel
    surcharge``), or after ``atau`` and an Indonesian word (``kecurangan atau fraud``;
    ``is_indonesian(word)`` says which words are). ``cited``: inside a short quotation that is
    a title or a name, not speech (``buku “The Quiet Power of Small Towns”``): the quotation
    marks already set it apart, as italics would; its words are one cited span. ``known``:
    the language's gloss markers and alternative word (default Indonesian's).
    """
    gloss_before, gloss_start, alternative_before = _gloss_patterns(_words(known))
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    if before.rstrip(" \t\u00a0").endswith("(") and after.lstrip(" \t\u00a0").startswith(")"):
        head = before.rstrip(" \t\u00a0")[:-1].rstrip(" \t\u00a0")
        if head[-1:].isalpha() or head[-1:] in "\"”’'":
            return "gloss"  # perundungan (bullying)
    if gloss_before.search(before) or gloss_start.match(text[start:end]):
        return "gloss"  # … alias fuel surcharge (alias is English too: it may open the run)
    if is_indonesian is not None and alternative_before is not None:
        m = alternative_before.search(before)
        if m and m.group(1).islower() and is_indonesian(m.group(1)):
            return "gloss"  # bank emas atau bullion bank
    return "cited" if _in_cited_title(text, start, end) else None


@lru_cache(maxsize=8)
def _introducing_patterns(words: "ForeignWords") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's words that name a term right before it, and those that explain it right
    after it (:attr:`ForeignWords.naming_words`, :attr:`ForeignWords.defining_words`)."""
    def alternatives(ws):
        return "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in ws) or r"(?!)"
    quote = "[\"'“‘]?"
    return (re.compile(rf"(?<![\w-])(?:{alternatives(words.naming_words)})[ \t\u00a0]+{quote}$", re.I),
            re.compile(rf"{quote}[ \t\u00a0]*,?[ \t\u00a0]+(?:{alternatives(words.defining_words)})(?![\w-])", re.I))


_BRACKET_AFTER = re.compile(r"[ \t\u00a0]*\(([^()\n]{2,60})\)")


def introduced_term(text: str, start: int, end: int, known: "ForeignWords | None" = None,
                    is_indonesian=None) -> bool:
    """Whether the writer introduces the term ``text[start:end]`` as a term here: names it
    (``pelapor atau dengan istilah whistleblower``, ``yang disebut underpass``), explains it
    at the start of a clause (``Sebagai informasi, underpass merupakan terowongan …``), or
    glosses it right after in brackets, in lower-case words of the language
    (``smartphone (ponsel pintar)``; ``is_indonesian(word)`` says which words are). A term the
    article itself introduces is its chosen word, explained to the reader: the other uses in
    the article keep it too."""
    naming, defining = _introducing_patterns(_words(known))
    before = text[max(0, start - 40):start]
    if naming.search(before):
        return True
    gloss = _BRACKET_AFTER.match(text, end)
    if gloss and is_indonesian is not None:
        words = gloss.group(1).split()
        if words and all(w.islower() and w.isalpha() for w in words) and all(is_indonesian(w) for w in words):
            return True
    if not defining.match(text, end):
        return False
    head = before.rstrip(" \t\u00a0")
    return head == "" or head[-1] in ".,:;!?\n\"“("  # a clause starts with the term


def _straight_quotes(text: str, a: int, b: int, mark: str) -> list[int]:
    """Offsets of the straight quotation marks ``mark`` in ``text[a:b]`` (an apostrophe inside a
    word, ``Jum'at``, is none)."""
    out = []
    k = text.find(mark, a, b)
    while k >= 0:
        if not (mark == "'" and 0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha()):
            out.append(k)
        k = text.find(mark, k + 1, b)
    return out


def _in_cited_title(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    open_at = close_at = -1
    for mark in ('"', "'"):
        before = _straight_quotes(text, line_start, start, mark)
        if len(before) % 2 == 1:  # inside a pair of straight quotes
            after = _straight_quotes(text, end, line_end, mark)
            if after:
                open_at, close_at = before[-1], after[0]
                break
    if open_at < 0:
        for i in range(start - 1, max(line_start, start - 200) - 1, -1):
            ch = text[i]
            if ch == "”" or ch == "’" and not (i + 1 < len(text) and text[i + 1].isalpha()):
                return False  # a quotation closed before the term
            if ch == "“" or ch == "‘" and not (i > 0 and text[i - 1].isalpha()):
                open_at = i
                close_at = text.find(_QUOTE_PAIRS[ch], end, line_end)
                break
    if open_at < 0 or close_at < 0:
        return False
    inner = text[open_at + 1:close_at].strip()
    # speech is long, or ends on the punctuation of a sentence (“Kami siap,” kata …), or holds
    # a sentence's end; a title may hold a colon or a comma
    return 0 < len(inner.split()) <= CITED_MAX_WORDS and inner[-1:] not in ".,!?;…" \
        and not re.search(r"[.!?…]\s", inner)
