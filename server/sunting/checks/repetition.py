"""``repetition``: the same word twice in a row (``yang yang``).

Only words separated by plain white space count; reduplication is written with a hyphen
(``kata-kata``) and is one token. Options: ``exceptions`` (words allowed twice), and
``min_length`` (shorter words are ignored; default 1).
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.text.tokens import gap_is_space


class Repetition(Check):
    type_name = "repetition"
    options_schema = {
        "exceptions": {"type": "array", "items": {"type": "string"}},
        "min_length": {"type": "integer", "minimum": 1},
    }

    def setup(self, options):
        self.exceptions = {w.lower() for w in options.get("exceptions") or []}
        self.min_length = options.get("min_length", 1)

    def check_block(self, block, doc):
        tokens = block.tokens
        src = doc.source
        for a, b in zip(tokens, tokens[1:]):
            if a.kind != "word" or b.kind != "word":
                continue
            lw = a.text.lower()
            if lw != b.text.lower() or len(lw) < self.min_length or lw in self.exceptions:
                continue
            if not gap_is_space(src, a, b):
                continue
            yield self.finding(doc, a.start, b.end, [a.text], word=a.text)
