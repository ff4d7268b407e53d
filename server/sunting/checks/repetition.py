"""``repetition``: the same word twice in a row (``yang yang``).

Only words separated by plain white space count; reduplication is written with a hyphen
(``kata-kata``) and is one token. The two words must be written alike: ``Dr dr`` (doktor
and dokter) differ in case and are different words. Options:

- ``exceptions``: words allowed twice;
- ``min_length``: shorter words are ignored (default 1);
- ``reduplicate`` (default false): Indonesian full reduplication is written with a hyphen,
  so a repeated word may be a reduplication that lost its hyphen (``barang barang``). With
  this option the suggestions are the hyphenated form first and the single word second
  (a choice, which ``--fix`` never applies on its own), except for the ``function_words``
  (``yang``, ``di``, ``dan`` …), which are never reduplicated and get only the single word.
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.text.tokens import gap_is_space


class Repetition(Check):
    type_name = "repetition"
    options_schema = {
        "exceptions": {"type": "array", "items": {"type": "string"}},
        "min_length": {"type": "integer", "minimum": 1},
        "reduplicate": {"type": "boolean"},
        "function_words": {"type": "array", "items": {"type": "string"}},
    }

    def setup(self, options):
        self.exceptions = {w.lower() for w in options.get("exceptions") or []}
        self.min_length = options.get("min_length", 1)
        self.reduplicate = options.get("reduplicate", False)
        self.function_words = {w.lower() for w in options.get("function_words") or []}

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
            if a.text != b.text:
                continue  # written in different case: 'Dr dr' (doktor, dokter), 'Hei hei' (a chant)
            if self.reduplicate and lw not in self.function_words and "-" not in lw:
                yield self.finding(doc, a.start, b.end, [f"{a.text}-{b.text}", a.text], fixable=False, word=a.text)
            else:
                yield self.finding(doc, a.start, b.end, [a.text], word=a.text)
