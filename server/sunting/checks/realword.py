"""``realword``: slips that make another real word (``sepat`` for sempat, ``bawa`` for bahwa),
judged by the words around them, the way LanguageTool's confusion rules are.

For a word of a confusion pair (:mod:`sunting.lexicon.confusion`) the check compares

    log P(word) + log P(left | word) + log P(right | word)

with the same for the other word of the pair, on the context counts of the project's house
lexicon (``sunting learn``: how often each word of the sets follows or precedes another in the
archive).  It reports the other word only when the context makes it ``ratio`` times likelier
and the archive has seen it there at least ``min_context`` times.  Without a house lexicon, or
for a pair not listed in ``pairs``, it reports nothing: a pair is switched on only once its
measured precision reaches 0.99 (``benchmarks/injection.py --learnt``).

Options: ``pairs`` (``["sepat/sempat", ...]``; default: none), ``ratio`` (default 100),
``min_context`` (default 3).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from sunting.checks.base import Check, Phase, match_case

if TYPE_CHECKING:
    from sunting.lexicon.learn import HouseLexicon


class RealWord(Check):
    type_name = "realword"
    phase = Phase.PARAGRAPH  # the house lexicon is fixed for the engine's life
    default_orthographic = True
    options_schema = {
        "pairs": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]+/[a-z]+$"}},
        "ratio": {"type": "number", "minimum": 1},
        "min_context": {"type": "integer", "minimum": 1},
    }

    def setup(self, options: dict[str, Any]) -> None:
        self.alternatives: dict[str, list[str]] = {}
        for pair in options.get("pairs") or ():
            a, b = pair.split("/")
            self.alternatives.setdefault(a, []).append(b)
            self.alternatives.setdefault(b, []).append(a)
        self.log_ratio = math.log(float(options.get("ratio", 100)))
        self.min_context = int(options.get("min_context", 3))
        self.house: HouseLexicon | None = None
        self._totals: dict[tuple[str, str], int] = {}

    def use_house_lexicon(self, house: "HouseLexicon") -> None:
        self.house = house
        totals: dict[tuple[str, str], int] = {}
        for (w, side, _), c in house.context.items():
            totals[(w, side)] = totals.get((w, side), 0) + c
        self._totals = totals

    def check_block(self, block, doc):
        if self.house is None or not self.alternatives:
            return
        words = [t for t in block.tokens if t.kind == "word"]
        text = block.text
        base = block.start
        for i, tok in enumerate(words):
            low = tok.text.lower()
            alts = self.alternatives.get(low)
            if not alts or not tok.text[1:].islower():
                continue
            left = words[i - 1].text.lower() if i > 0 and _adjacent(text, words[i - 1], tok, base) else ""
            right = words[i + 1].text.lower() if i + 1 < len(words) and _adjacent(text, tok, words[i + 1], base) else ""
            if not left and not right:
                continue
            own = self._score(low, left, right)
            for alt in alts:
                seen = self.house.context_count(alt, "L", left) + self.house.context_count(alt, "R", right)
                if seen < self.min_context:
                    continue
                if self._score(alt, left, right) - own >= self.log_ratio:
                    yield self.finding(doc, tok.start, tok.end, [match_case(tok.text, alt)], kind="realword")
                    break

    def _score(self, word: str, left: str, right: str) -> float:
        house = self.house
        assert house is not None  # only asked when the project has a house lexicon (check_block)
        score = math.log(max(self.language.lexicon().freq.get(word, 0), 1))
        for side, ctx in (("L", left), ("R", right)):
            if ctx:
                total = self._totals.get((word, side), 0)
                score += math.log((house.context_count(word, side, ctx) + 0.1) / (total + 500.0))
        return score


def _adjacent(text: str, a, b, base: int) -> bool:
    """Only a space between two tokens: punctuation breaks the context."""
    gap = text[a.end - base:b.start - base]
    return gap.strip() == ""
