"""Features of a token for the part-of-speech tagger: the same code trains and tags.

Two parts. *Word features* depend only on the word form (its letters, shape, affixes as the
lexicon's morphology analyses them, whether the lexicon knows it, how frequent it is) and are
cached per form, so a word seen before costs one dict lookup. *Context features* are the
neighbours' forms and shapes and the position in the sentence.

The lexicon is what lets a tagger trained on 50,000 treebank tokens generalise: an unseen
``dimutakhirkan`` still has the prefix ``di``, the suffix ``kan`` and a known root.
"""

from __future__ import annotations

import math

#: cache of word features per (form, kind); cleared when it grows past this
_CACHE_MAX = 200_000


def shape(text: str) -> str:
    if not text:
        return "empty"
    if text[0].isdigit():
        return "digit"
    if not text[0].isalpha():
        return "punct"
    if text.islower():
        return "lower"
    if text.isupper():
        return "upper" if len(text) > 1 else "title"
    if text[0].isupper() and (text[1:].islower() or not any(c.isalpha() for c in text[1:])):
        return "title"
    return "mixed"


class FeatureExtractor:
    """Token features over a lexicon (``lexicon`` is :class:`sunting.lexicon.Lexicon`)."""

    def __init__(self, lexicon, analyser):
        self.lexicon = lexicon
        self.analyser = analyser
        self._cache: dict[str, tuple[str, ...]] = {}

    def word_features(self, text: str) -> tuple[str, ...]:
        try:
            return self._cache[text]
        except KeyError:
            pass
        feats = self._word_features(text)
        if len(self._cache) > _CACHE_MAX:
            self._cache.clear()
        self._cache[text] = feats
        return feats

    def _word_features(self, text: str) -> tuple[str, ...]:
        low = text.lower()
        sh = shape(text)
        out = ["b", "w=" + low, "sh=" + sh]
        if sh == "punct":
            return tuple(out)
        if sh == "digit":
            out.append("num")
            if "%" in text:
                out.append("pct")
            if low.endswith("-an"):
                out.append("decade")
            return tuple(out)
        n = len(low)
        for k in (1, 2, 3, 4):
            if n > k:
                out.append(f"s{k}=" + low[-k:])
        for k in (2, 3):
            if n > k + 1:
                out.append(f"p{k}=" + low[:k])
        if "-" in low:
            out.append("hyph")
            a, _, b = low.partition("-")
            if a == b or (a and b and (a.endswith(b) or b.startswith(a))):
                out.append("redup")
            if a.isdigit() or b[:1].isdigit():
                out.append("hyphnum")
        lex = self.lexicon
        freq = lex.freq.get(low, 0)
        out.append("f=%d" % (int(math.log10(freq)) if freq > 0 else 0))
        if low in lex.english and freq < 10_000:
            out.append("en")
        if low.isalpha():
            known = lex.is_known(low)
            out.append("known" if known else "unknown")
            a = self.analyser.analyse(low)
            if a is not None:
                if a.root == low:
                    out.append("isroot")
                else:
                    for p in a.prefixes[:1]:
                        out.append("pfx=" + p)
                    out.extend("sfx=" + s for s in a.suffixes)
                    if a.prefixes and a.suffixes:
                        out.append("cfx=%s+%s" % (a.prefixes[0], a.suffixes[0]))
                    if not a.prefixes and not a.suffixes:
                        out.append("norm")
        elif low.replace("-", "").isalpha():
            out.append("known" if lex.is_known(low) else "unknown")
        return tuple(out)

    def sentence_features(self, words: list[str]) -> list[list[str]]:
        """Features of every token of one sentence (``words`` are the tokens' texts)."""
        wf = [self.word_features(w) for w in words]
        lows = [f[1] for f in wf]  # "w=..."
        shapes = [f[2] for f in wf]  # "sh=..."
        n = len(words)
        out = []
        for i in range(n):
            feats = list(wf[i])
            if i == 0:
                feats.append("BOS")
            else:
                feats.append("-1" + lows[i - 1])
                feats.append("-1" + shapes[i - 1])
                feats.append("-1|0" + lows[i - 1] + "|" + lows[i])
                if i == 1:
                    feats.append("-2BOS")
                else:
                    feats.append("-2" + lows[i - 2])
            if i == n - 1:
                feats.append("EOS")
            else:
                feats.append("+1" + lows[i + 1])
                feats.append("+1" + shapes[i + 1])
                if i + 2 < n:
                    feats.append("+2" + lows[i + 2])
                else:
                    feats.append("+2EOS")
            out.append(feats)
        return out
