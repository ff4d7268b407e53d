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

With ``neighbours: true`` the pairs are not listed but generated: every listed lower-case word
is weighed against each listed word one edit away (``kenangan`` ↔ keuangan, ``uang`` ↔ yang)
on a language model of the house lexicon (:class:`sunting.lexicon.context_model.ContextModel`:
word pairs, plus the UD treebanks', and the parts of speech around each word), with the
document as a cache: a word the document uses again is likelier meant, a neighbour it uses
elsewhere likelier the one meant (each use weighs as much as a doubling of the odds, squared).  The other word is reported when its log-likelihood beats
the written word's by ``threshold`` (default 14.5: a slip is rare, so the context must make the
other word millions of times likelier).  The whole document is read (document phase).

``dense_threshold`` is the lower bar for an other word the model knows well: counted at least
``dense_count`` times (default 200) in the archive and the treebanks and at least
``dense_ratio`` times (default 50) as often as the written word — a function word such as
``pada`` or ``dengan`` whose context counts are many, so its likelihood in the frame is
measured, not guessed, while the written rare word (``paha``, ``lengan``) is the one the
sparse counts could misjudge.  It applies in the narrative only: a quotation is the speaker's
own words, where spoken particles (``kan``, ``gitu``) stand beside the function words they
resemble.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Any

from sunting.checks.base import Check, Phase, match_case
from sunting.lexicon.context_model import ContextModel
from sunting.lexicon.edits import edits1

if TYPE_CHECKING:
    from sunting.lexicon.learn import HouseLexicon


#: how far below the threshold the words alone may leave a word and its sentence still be
#: tagged (on the dev parts of benchmarks/injection.py no word flagged with its neighbours'
#: parts of speech scored more than 4 below the threshold without them)
TAG_MARGIN = 10.0


class RealWord(Check):
    type_name = "realword"
    phase = Phase.PARAGRAPH  # the house lexicon is fixed for the engine's life
    default_orthographic = True
    options_schema = {
        "pairs": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]+/[a-z]+$"}},
        "ratio": {"type": "number", "minimum": 1},
        "min_context": {"type": "integer", "minimum": 1},
        "neighbours": {"type": "boolean",
                       "description": "Bandingkan setiap kata dengan semua kata yang berbeda satu huruf darinya "
                                      "(bukan hanya pasangan di pairs), memakai model bahasa kamus rumah redaksi."},
        "threshold": {"type": "number", "minimum": 0,
                      "description": "Dengan neighbours: selisih log-peluang minimal agar kata lain dilaporkan "
                                     "(bawaan 14,5)."},
        "dense_threshold": {"type": "number", "minimum": 0,
                            "description": "Dengan neighbours: selisih minimal yang lebih rendah bila kata lain itu "
                                           "sering muncul dalam model (lihat dense_count dan dense_ratio); hanya "
                                           "di luar kutipan langsung."},
        "dense_count": {"type": "integer", "minimum": 1,
                        "description": "Kekerapan minimal kata lain dalam model agar dense_threshold berlaku "
                                       "(bawaan 200)."},
        "dense_ratio": {"type": "number", "minimum": 1,
                        "description": "Berapa kali lebih sering kata lain itu daripada kata yang tertulis agar "
                                       "dense_threshold berlaku (bawaan 50)."},
    }

    @classmethod
    def phase_for(cls, rule):
        return Phase.DOCUMENT if rule.options.get("neighbours") else Phase.PARAGRAPH

    def setup(self, options: dict[str, Any]) -> None:
        self.alternatives: dict[str, list[str]] = {}
        for pair in options.get("pairs") or ():
            a, b = pair.split("/")
            self.alternatives.setdefault(a, []).append(b)
            self.alternatives.setdefault(b, []).append(a)
        self.log_ratio = math.log(float(options.get("ratio", 100)))
        self.min_context = int(options.get("min_context", 3))
        self.neighbours = bool(options.get("neighbours", False))
        self.threshold = float(options.get("threshold", 14.5))
        dense = options.get("dense_threshold")
        self.dense_threshold = float(dense) if dense is not None else None
        self.dense_count = int(options.get("dense_count", 200))
        self.dense_ratio = float(options.get("dense_ratio", 50))
        #: the lowest bar any word may have to pass (what decides whether its sentence is tagged)
        self.lowest = min(self.threshold, self.dense_threshold if self.dense_threshold is not None else math.inf)
        self.house: HouseLexicon | None = None
        self._totals: dict[tuple[str, str], int] = {}
        self._model: ContextModel | None = None
        self._near: dict[str, tuple[str, ...]] = {}

    def use_house_lexicon(self, house: "HouseLexicon") -> None:
        self.house = house
        totals: dict[tuple[str, str], int] = {}
        for (w, side, _), c in house.context.items():
            totals[(w, side)] = totals.get((w, side), 0) + c
        self._totals = totals
        self._model = None  # built on first use

    def check_block(self, block, doc):
        if self.neighbours:
            return ()
        return self._pair_findings(block, doc)

    def _pair_findings(self, block, doc):
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

    def check_document(self, doc):
        if self.house is None or not self.neighbours:
            return
        if not self.house.counts:
            # a house lexicon learnt before it held a language model: its pairs' context counts
            for block in doc.blocks:
                yield from self._pair_findings(block, doc)
            return
        model = self._model
        if model is None:
            model = self._model = ContextModel(self.house, self.language.lexicon().freq)
        blocks = [(b, [i for i, t in enumerate(b.tokens) if t.kind == "word"]) for b in doc.blocks
                  if b.kind != "heading"]
        seen = Counter(b.tokens[i].text.lower() for b, idx in blocks for i in idx)
        for block, idx in blocks:
            tokens = block.tokens
            for k, i in enumerate(idx):
                tok = tokens[i]
                text = tok.text
                if len(text) < 3 or not text.isalpha() or not text.islower():
                    continue
                near = self._neighbours_of(text)
                if not near:
                    continue
                left = tokens[idx[k - 1]].text.lower() if k > 0 else ""
                right = tokens[idx[k + 1]].text.lower() if k + 1 < len(idx) else ""
                gain, best = self._gain(model, block, i, text, near, left, right, seen)
                if gain > self.threshold or (gain > self.lowest and self._dense(model, text, best, block, tok)):
                    yield self.finding(doc, tok.start, tok.end, [best], kind="realword")

    def _dense(self, model: ContextModel, word: str, best: str, block, tok) -> bool:
        """Whether the lower bar (``dense_threshold``) holds for ``best`` in place of ``word``:
        an other word the model counts often, far more often than the written one, outside
        a quotation."""
        count = model.count(best)
        return (count >= self.dense_count and count >= self.dense_ratio * model.count(word)
                and block.scope_at(tok.start) == "narrative")

    def _gain(self, model, block, i, word, near, left, right, seen):
        """How much likelier the best neighbour is than ``word`` here (log), and which it is.

        The words alone first: only a word they bring within :data:`TAG_MARGIN` of the
        threshold has its sentence tagged (tagging every sentence of a long document on
        every change would cost more than the rest of the check)."""
        gain, best = self._best(model, word, near, left, right, "", "", seen)
        if gain <= self.lowest - TAG_MARGIN:
            return gain, best
        analysis, tokens = block.analysis, block.tokens
        tag_left = analysis.pos(i - 1) if i > 0 else ""
        tag_right = analysis.pos(i + 1) if i + 1 < len(tokens) else ""
        return self._best(model, word, near, left, right, tag_left, tag_right, seen)

    @staticmethod
    def _best(model, word, near, left, right, tag_left, tag_right, seen):
        own = model.score(word, left, right, tag_left, tag_right) + 2.0 * math.log(seen[word])
        best, top = "", -math.inf
        for alt in near:
            s = model.score(alt, left, right, tag_left, tag_right) + 2.0 * math.log(1 + seen[alt])
            if s > top:
                best, top = alt, s
        return top - own, best

    def _neighbours_of(self, word: str) -> tuple[str, ...]:
        """The listed words one edit from ``word`` (nothing when ``word`` is not listed: a
        non-word is the spelling rule's)."""
        try:
            return self._near[word]
        except KeyError:
            pass
        lex = self.language.lexicon()
        near = tuple(sorted(e for e in edits1(word) if len(e) >= 3 and lex.listed(e) and _meant_here(e, lex))
                     ) if lex.listed(word) else ()
        if len(self._near) > 50_000:
            self._near.clear()
        self._near[word] = near
        return near

    def _score(self, word: str, left: str, right: str) -> float:
        house = self.house
        assert house is not None  # only asked when the project has a house lexicon (check_block)
        score = math.log(max(self.language.lexicon().freq.get(word, 0), 1))
        for side, ctx in (("L", left), ("R", right)):
            if ctx:
                total = self._totals.get((word, side), 0)
                score += math.log((house.context_count(word, side, ctx) + 0.1) / (total + 500.0))
        return score


def _meant_here(word: str, lex) -> bool:
    """An English word the Indonesian dictionary does not know (``private``) is not what an
    Indonesian writer slipped from."""
    return word not in lex.english or bool(lex.hunspell.spell(word))


def _adjacent(text: str, a, b, base: int) -> bool:
    """Only a space between two tokens: punctuation breaks the context."""
    gap = text[a.end - base:b.start - base]
    return gap.strip() == ""
