"""``name-case``: a name the article writes capitalised, written elsewhere half in lower case.

EYD V capitalises every word of a name (``BPJS Kesehatan``, ``Komisi Informasi Publik
Daerah``) except the connectors inside it (``dan``, ``untuk``, ``of``). Whether a run of
common words is a name is hard to know from the words alone (``dinas pendidikan`` may be any
office), but the article says it: where it writes the words capitalised mid-sentence, they are
a name, and the same words elsewhere with a lower-case word *after* a capitalised one (``BPJS
kesehatan``, ``komisi Informasi publik daerah``) are the name written half-way — never a
common noun, which would be lower case throughout. A run wholly in lower case is left (``dinas
itu``, ``pemerintah daerah`` used generically), and so is a lower-case head before a name
(``pemerintah Indonesia``, ``menteri Keuangan``: a common noun before a name, or a title other
rules judge).

The reference is the article's own (and, with ``glossary_names``, the house glossary's short
forms of two words or more: ``BPJS Kesehatan``, ``SKK Migas``): runs of capitalised words (with connectors between them)
that do not begin a sentence, outside headings; every stretch of two words or more of such a
run is a name the article uses. A half-lower-case use is flagged when the capitalised form is
at least as frequent in the article, with the capitalised form as the suggestion.

Option ``connectors``: the words that stay lower case inside a name (the language's
knowledge, kept in the rule file). ``longest``: the most words of a name compared (default 8).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from sunting.checks.base import Check, Phase
from sunting.checks.common_noun import CommonNoun
from sunting.text.foreign import span_at

#: a house glossary's form outweighs any article's own use of the name
_GLOSSARY_WEIGHT = 1000
_ROMAN = re.compile(r"[IVXLCDM]+")


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _name_like(text: str) -> bool:
    """A capitalised word that can carry a name: two letters or more, not a Roman numeral."""
    return _capitalised(text) and sum(ch.isalpha() for ch in text) >= 2 and not _ROMAN.fullmatch(text)


def title_cased(block) -> bool:
    """Most words of the block capitalised: a headline or a title line, whose capitals are
    its style, not evidence of names (``PPG Calon Guru Tahun 2025, Apakah Gratis?``)."""
    words = [t.text for t in block.tokens if t.kind == "word"]
    return len(words) >= 3 and sum(1 for w in words if _capitalised(w)) * 3 >= len(words) * 2


class NameCase(Check):
    type_name = "name-case"
    phase = Phase.DOCUMENT  # whether words are a name is the article's knowledge
    default_fix = "safe"
    default_orthographic = True  # capitals are how a word is written
    options_schema = {
        "connectors": {"type": "array", "items": {"type": "string"},
                       "description": "Kata yang tetap berhuruf kecil di dalam nama (dan, untuk, of, …)."},
        "glossary_names": {"type": "boolean",
                           "description": "Bentuk pendek lembaga dari dua kata atau lebih dalam glosarium (BPJS Kesehatan) "
                                          "dianggap nama yang dipakai artikel."},
        "longest": {"type": "integer", "minimum": 2, "maximum": 16,
                    "description": "Jumlah kata terpanjang sebuah nama yang dibandingkan (bawaan 8)."},
    }

    def setup(self, options):
        self.connectors = frozenset(w.lower() for w in options.get("connectors") or ())
        self.longest = int(options.get("longest") or 8)
        self.glossary_names = bool(options.get("glossary_names"))

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def _glossary_keys() -> tuple[tuple[tuple[str, ...], str], ...]:
        """The house glossary's short forms of two words or more (``BPJS Kesehatan``, ``SKK
        Migas``), as (lower-case words, the form)."""
        from sunting.lexicon.glossary import pairs_by_short_form
        from sunting.text.tokens import tokenize

        out = []
        for form in pairs_by_short_form():
            toks = tokenize(form)
            if len(toks) >= 2 and all(t.kind == "word" for t in toks) and " ".join(t.text for t in toks) == form:
                out.append((tuple(t.text.lower() for t in toks), form))
        return tuple(out)

    def check_document(self, doc):
        blocks = [b for b in doc.blocks if b.kind != "heading" and b.tokens]
        starts = {id(b): CommonNoun._sentence_starts(b) for b in blocks}
        names: dict[tuple[str, ...], Counter] = {}
        for block in blocks:
            if title_cased(block):
                continue
            for run in self._capital_runs(block, starts[id(block)]):
                self._add_stretches(block, run, names)
        if self.glossary_names:
            for key, form in self._glossary_keys():
                names.setdefault(key, Counter())[form] += _GLOSSARY_WEIGHT
        if not names:
            return
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in names:
            by_first.setdefault(key[0], []).append(key)
        for keys in by_first.values():
            keys.sort(key=len, reverse=True)
        common = self._lower_pairs(blocks)
        half: list[tuple[object, int, int, tuple[str, ...], str]] = []
        seen: Counter = Counter()
        for block in blocks:
            toks = block.tokens
            lowers = block.lower_texts
            begins = starts[id(block)]
            i = 0
            while i < len(toks):
                hit = self._match(block, i, by_first.get(lowers[i]))
                if hit is None:
                    i += 1
                    continue
                key, j = hit
                text = doc.source[toks[i].start:toks[j - 1].end]
                seen[(key, text)] += 1
                if self._half_lower(toks, i, j, begins, common) and not (j < len(toks) and toks[j].kind == "number"):
                    # (before a figure the words are a numbered title or a year — Undang-Undang
                    # nomor 20, DRC tahun 2023 —, EYD.DocumentNumberCase's, not a name's)
                    half.append((block, i, j, key, text))
                i = j
        for block, i, j, key, text in half:
            form, count = names[key].most_common(1)[0]
            if count < seen[(key, text)] or form == text:
                continue  # the article's own way of writing it, not a slip against it
            foreign = block.foreign_spans
            toks = block.tokens
            if foreign and span_at(foreign, toks[i].start, toks[j - 1].end) is not None:
                continue
            yield self.finding(doc, toks[i].start, toks[j - 1].end, [form])

    # ------------------------------------------------------------------ the article's names
    def _capital_runs(self, block, begins: set[int]):
        """(first, last + 1) of each run of capitalised words, connectors allowed between two
        of them, that does not begin a sentence."""
        toks = block.tokens
        i, n = 0, len(toks)
        while i < n:
            if not self._name_word(block, i) or i in begins:
                i += 1
                continue
            j = i + 1
            while j < n:
                if self._name_word(block, j) and self._adjacent(block, j):
                    j += 1
                elif (block.lower_texts[j] in self.connectors and toks[j].text.islower() and j + 1 < n
                      and self._adjacent(block, j) and self._adjacent(block, j + 1) and self._name_word(block, j + 1)):
                    j += 2
                else:
                    break
            yield i, j
            i = j

    def _add_stretches(self, block, run: tuple[int, int], names: dict) -> None:
        """Every stretch of two name words or more of a run (not starting or ending with a
        connector) is a name the article writes capitalised."""
        a, b = run
        toks = block.tokens
        lowers = block.lower_texts
        for s in range(a, b):
            if lowers[s] in self.connectors and toks[s].text.islower():
                continue
            for e in range(s + 2, min(b, s + self.longest) + 1):
                if lowers[e - 1] in self.connectors and toks[e - 1].text.islower():
                    continue
                key = tuple(lowers[s:e])
                text = " ".join(t.text for t in toks[s:e])
                names.setdefault(key, Counter())[text] += 1

    def _name_word(self, block, i: int) -> bool:
        tok = block.tokens[i]
        return tok.kind == "word" and _capitalised(tok.text) and any(ch.isalpha() for ch in tok.text)

    @staticmethod
    def _adjacent(block, j: int) -> bool:
        """One space between token j - 1 and j (a name is not split by a line or punctuation)."""
        toks = block.tokens
        return block.text[toks[j - 1].end - block.start:toks[j].start - block.start] == " "

    # ------------------------------------------------------------------ the uses
    def _match(self, block, i: int, keys):
        """The longest name of the article spelt (in any case) from token i, or None."""
        if not keys:
            return None
        lowers = block.lower_texts
        toks = block.tokens
        if toks[i].kind != "word":
            return None
        for key in keys:
            j = i + len(key)
            if j <= len(toks) and tuple(lowers[i:j]) == key and all(self._adjacent(block, k) for k in range(i + 1, j)):
                return key, j
        return None

    def _english(self, word: str) -> bool:
        """An English word the Indonesian dictionary does not know (``ESG coordinator``): a
        foreign term the writer keeps in lower case, not a name written half-way."""
        lex = self.language.lexicon()
        return lex.is_foreign(word) and not lex.hunspell.spell(word)

    @staticmethod
    def _lower_pairs(blocks) -> set[tuple[str, str]]:
        """Every two adjacent words the article writes wholly in lower case."""
        out = set()
        for block in blocks:
            toks = block.tokens
            for k in range(1, len(toks)):
                a, b = toks[k - 1].text, toks[k].text
                if a.islower() and b.islower() and toks[k - 1].kind == "word" and toks[k].kind == "word":
                    out.add((a, b))
        return out

    def _half_lower(self, toks, i: int, j: int, begins: set[int], common: set[tuple[str, str]]) -> bool:
        """A capitalised word of two letters or more (not one that begins the sentence, not a
        Roman numeral) is followed at once, inside the name, by a lower-case word that is not a
        connector: the name written half in lower case (``BPJS kesehatan``; not ``teradu V dan
        teradu VII``, not ``REC di bursa``). Not when the article writes the two words wholly
        in lower case elsewhere: they are a common noun too (``majelis hakim``), and the
        capital may be the slip; nor an English word (``ESG coordinator``: a foreign term)."""
        for k in range(i + 1, j):
            text = toks[k].text
            before = toks[k - 1].text
            if text.islower() and text not in self.connectors and k - 1 not in begins and _name_like(before) \
                    and (before.lower(), text) not in common and not self._english(text):
                return True
        return False
