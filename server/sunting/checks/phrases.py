"""Token-sequence matching of many words and phrases in one pass.

Entries are looked up by their first word in a dict, so thousands of entries cost one
dict probe per token. Matching is on whole tokens, so ``rubah`` never matches inside
``perubahan``, and a phrase matches across any white space (not across markup).
"""

from __future__ import annotations

from typing import Iterator

from sunting.i18n import t
from sunting.text.tokens import Token, tokenize


class PhraseMatcher:
    def __init__(self, ignorecase: bool = True):
        self.ignorecase = ignorecase
        self._first: dict[str, list[tuple[tuple[str, ...], object]]] = {}

    def _norm(self, s: str) -> str:
        return s.lower() if self.ignorecase else s

    def add(self, phrase: str, value: object) -> None:
        words = tuple(self._norm(tok.text) for tok in tokenize(phrase) if tok.kind != "punct" or tok.text not in ".,")
        if not words:
            raise ValueError(t("rule.empty_phrase", phrase=phrase))
        bucket = self._first.setdefault(words[0], [])
        bucket.append((words, value))
        bucket.sort(key=lambda e: -len(e[0]))  # longest phrase first

    def __len__(self) -> int:
        return sum(len(v) for v in self._first.values())

    def finditer_block(self, block, source: str) -> Iterator[tuple[int, int, object]]:
        """:meth:`finditer` over a block's tokens, using the block's cached token keys: a
        block that holds none of the entries' first words costs one set test."""
        if self.ignorecase:
            keys, keyset = block.lower_texts, block.lower_set
        else:
            keys, keyset = block.token_texts, block.token_set
        if self._first.keys().isdisjoint(keyset):
            return iter(())
        return self.finditer(block.tokens, source, keys)

    def finditer(self, tokens: list[Token], source: str, keys: list[str] | None = None) -> Iterator[tuple[int, int, object]]:
        """Yield (first token index, last token index, value), leftmost-longest, no overlaps.
        ``keys`` are the tokens' texts already normalised (lower-cased when ignoring case)."""
        first = self._first
        if keys is None:
            norm = self._norm
            keys = [norm(tok.text) for tok in tokens]
        i = 0
        n = len(tokens)
        while i < n:
            cands = first.get(keys[i])
            if cands:
                hit = None
                for words, value in cands:
                    k = len(words)
                    if i + k > n:
                        continue
                    ok = True
                    for j in range(1, k):
                        if keys[i + j] != words[j] or not _joined(source, tokens[i + j - 1], tokens[i + j]):
                            ok = False
                            break
                    if ok:
                        hit = (i, i + k - 1, value)
                        break
                if hit:
                    yield hit
                    i = hit[1] + 1
                    continue
            i += 1


def _joined(source: str, a: Token, b: Token) -> bool:
    between = source[a.end:b.start]
    return between == "" and (a.kind == "punct" or b.kind == "punct") or (between != "" and between.strip(" \t\u00a0\r\n") == "")
