"""``capitalization``: letter case EYD V prescribes.

Options:
- ``check: sentence-start``: a sentence of narrative that begins with a lower-case word
  (words with inner capitals such as ``iPhone`` and the ``exceptions`` pass). Besides the
  sentences of the shared splitter (which does not end a sentence before a lower-case word,
  since that usually means an unknown abbreviation), a lower-case word after ``. ``, ``? ``
  or ``! `` is flagged when the word before the full stop cannot be an abbreviation: an
  all-lower-case word of four letters or more that is not a known short form. A speech tag
  after a quotation that ends in ``?`` or ``!`` ("Kapan?" tanya dia) continues the sentence,
  and one-letter list labels (a. b.) and titles (dr) pass;
- ``words``: mapping of a form → its required case (``januari: Januari``); only the
  exact form given is flagged, so ``Januari`` and ``JANUARI`` pass;
- ``names``: proper names in their canonical case (``Kementerian Dalam Negeri``), matched
  regardless of case on whole words; a match whose case differs from the canonical form is
  flagged with the canonical form as the suggestion. A match written all in capitals (a
  shouted headline) passes. ``names_files``: text files (relative to the rule file) with one
  canonical name a line, for long lists.
"""

from __future__ import annotations

from pathlib import Path

from sunting.checks.base import Check
from sunting.checks.phrases import PhraseMatcher
from sunting.i18n import t
from sunting.text.sentences import CLOSERS, ENDERS

ELLIPSES = frozenset({"...", "…"})


class Capitalization(Check):
    type_name = "capitalization"
    default_orthographic = True  # capitals are how a word is written
    options_schema = {
        "check": {"enum": ["sentence-start"]},
        "words": {"type": "object", "additionalProperties": {"type": "string"}},
        "names": {"type": "array", "items": {"type": "string"}},
        "names_files": {"type": "array", "items": {"type": "string"}},
        "exceptions": {"type": "array", "items": {"type": "string"}},
    }

    @classmethod
    def validate_options(cls, rule):
        o = rule.options
        if not (o.get("check") or o.get("words") or o.get("names") or o.get("names_files")):
            raise ValueError(t("rule.needs_one_of", type="capitalization", keys="check, words, names, names_files"))

    def setup(self, options):
        self.mode = options.get("check")
        self.words = dict(options.get("words") or {})
        self.exceptions = set(options.get("exceptions") or [])
        names = list(options.get("names") or [])
        base = Path(self.rule.path).parent if self.rule.path else Path(".")
        for name in options.get("names_files") or []:
            for line in (base / name).read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    names.append(line.strip())
        self.names = PhraseMatcher(ignorecase=True) if names else None
        for n in names:
            self.names.add(n, n)

    def check_block(self, block, doc):
        if self.words:
            for tok in block.words:
                right = self.words.get(tok.text)
                if right is not None:
                    yield self.finding(doc, tok.start, tok.end, [right])
        if self.names is not None:
            tokens = block.tokens
            for i, j, canonical in self.names.finditer_block(block, doc.source):
                a, b = tokens[i].start, tokens[j].end
                got = doc.source[a:b]
                if got.isupper():
                    continue
                if " ".join(got.split()) != canonical:
                    yield self.finding(doc, a, b, [canonical])
        if self.mode == "sentence-start":
            tokens = block.tokens
            idx = {t.start: k for k, t in enumerate(tokens)}
            for start, _ in block.sentences:
                k = idx.get(start)
                if k is None:
                    continue
                # skip opening quotes and brackets
                while k < len(tokens) and tokens[k].kind == "punct" and tokens[k].text in "“\"‘'([«-–—•*":
                    k += 1
                if k >= len(tokens):
                    continue
                tok = tokens[k]
                word = tok.text
                if tok.kind != "word" or not word[0].islower() or word in self.exceptions:
                    continue
                if len(word) == 1 or word in self.language.titles:
                    continue  # a list label (a. b.) or a title (dr Budi)
                if k >= 2 and tokens[k - 1].text in CLOSERS and tokens[k - 2].text in ENDERS | {","}:
                    continue  # "…?" tanya dia: the speech tag continues the sentence
                if any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
                    continue
                if k >= 1 and tokens[k - 1].text in ELLIPSES or k >= 2 and tokens[k - 1].text in CLOSERS \
                        and tokens[k - 2].text in ELLIPSES:
                    continue  # after an ellipsis the sentence goes on: "Kami ... tidak tahu"
                if self._lowercase_name(tokens, k):
                    continue
                yield self.finding(doc, tok.start, tok.end, [word[0].upper() + word[1:]])
            yield from self._after_stop(block, doc, tokens)

    def _lowercase_name(self, tokens, k: int) -> bool:
        """A name written in lower case by its owner (``detikcom``, ``bank bjb``): a word no
        dictionary knows, or a word followed by one (a brand of two words). A misspelt word at a
        sentence start is the spelling check's to report; its capital is not the point."""
        lex = self.language.lexicon()

        def unknown(text: str) -> bool:
            """No dictionary word, and not a slip for one (ituu is a typo, not a brand)."""
            low = text.lower()
            if lex.hunspell.spell(low) or low in lex.roots or lex.morphology.root_of(low) is not None:
                return False
            return lex.check_word(text).kind not in ("typo", "runon")

        word = tokens[k].text
        if word.isalpha() and unknown(word) and not lex.is_foreign(word):
            return True
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return bool(nxt and nxt.kind == "word" and nxt.text.islower() and nxt.text.isalpha() and len(nxt.text) >= 3
                    and unknown(nxt.text) and not lex.is_foreign(nxt.text))

    def _after_stop(self, block, doc, tokens):
        src = doc.source
        for k in range(1, len(tokens) - 1):
            stop = tokens[k]
            if stop.text not in (".", "?", "!") or tokens[k - 1].end != stop.start:
                continue
            prev, nxt = tokens[k - 1], tokens[k + 1]
            if src[stop.end:nxt.start] not in (" ", "\u00a0"):
                continue  # 'a.n.', 'dll.,' or a line break (lists) are not sentence ends
            if nxt.kind != "word" or not nxt.text[0].islower() or nxt.text in self.exceptions:
                continue
            if any(c.isupper() for c in nxt.text[1:]) or any(c.isdigit() for c in nxt.text):
                continue
            if self._lowercase_name(tokens, k + 1):
                continue
            if stop.text == ".":
                w = prev.text
                if prev.kind != "word" or len(w) < 4 or not w.islower() or "." in w:
                    continue
                if w in self.language.titles or w in self.language.sentence_final_abbreviations:
                    continue
                if k >= 2 and tokens[k - 2].text == "." and tokens[k - 2].end == prev.start:
                    continue  # a dotted abbreviation
            yield self.finding(doc, nxt.start, nxt.end, [nxt.text[0].upper() + nxt.text[1:]])
