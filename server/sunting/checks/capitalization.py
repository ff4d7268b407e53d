"""``capitalization``: letter case EYD V prescribes.

Options:
- ``check: sentence-start``: a sentence of narrative that begins with a lower-case word
  (words with inner capitals such as ``iPhone`` and the ``exceptions`` pass);
- ``words``: mapping of a form → its required case (``januari: Januari``); only the
  exact form given is flagged, so ``Januari`` and ``JANUARI`` pass.
"""

from __future__ import annotations

from sunting.checks.base import Check


class Capitalization(Check):
    type_name = "capitalization"
    options_schema = {
        "check": {"enum": ["sentence-start"]},
        "words": {"type": "object", "additionalProperties": {"type": "string"}},
        "exceptions": {"type": "array", "items": {"type": "string"}},
    }

    @classmethod
    def validate_options(cls, rule):
        if not rule.options.get("check") and not rule.options.get("words"):
            raise ValueError("a capitalization rule needs 'check' or 'words'")

    def setup(self, options):
        self.mode = options.get("check")
        self.words = dict(options.get("words") or {})
        self.exceptions = set(options.get("exceptions") or [])

    def check_block(self, block, doc):
        if self.words:
            for tok in block.words:
                right = self.words.get(tok.text)
                if right is not None:
                    yield self.finding(doc, tok.start, tok.end, [right])
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
                if any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
                    continue
                yield self.finding(doc, tok.start, tok.end, [word[0].upper() + word[1:]])
