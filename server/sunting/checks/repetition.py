"""``repetition``: the same word twice in a row (``yang yang``, ``barang barang``).

Only words separated by plain white space count; reduplication is written with a hyphen
(``kata-kata``) and is one token. The two words must be written alike: ``Dr dr`` (doktor
and dokter) differ in case and are different words.

A repeated word is one of two things, and the check tells them apart (report kinds):

- ``duplicate``: a word written twice by mistake (``dengan dengan``, ``mengatakan
  mengatakan``, ``satu buah buah stempel``) — the fix deletes one; a choice of words, so a
  rule reporting it is ``kind: lexical`` (a speaker's stammer inside a quotation is info);
- ``reduplication``: an Indonesian full reduplication that lost its hyphen (``barang
  barang``, ``hal hal``) — the hyphenated form first, the single word second (a choice,
  which ``--fix`` never applies on its own); a matter of spelling (``kind: orthographic``).

Which one it is depends on the word: nouns reduplicate (``hak-hak``, ``rekan-rekan``), and so
do some adjectives (``beda-beda``, offered second); verbs, adverbs, auxiliaries and function
words do not (``harus harus``, ``terus terus``), nor a noun after a numeral (``satu buah``).
The part of speech comes from the tagger, asked about the sentence with the repeat removed
(only for the rare sentences that hold a repeat). A capitalised pair is a name (``Alun
Alun``, ``Butar Butar``): the hyphenated form first.

Options:
- ``report``: the kinds this rule reports (default both);
- ``exceptions``: words allowed twice (``ha ha``);
- ``min_length``: shorter words are ignored (default 1);
- ``reduplicate`` (default false): when false every repeat is a ``duplicate``;
- ``function_words``: words never reduplicated (``yang``, ``di``, ``dan`` …), decided
  without the tagger.
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.text.tokens import gap_is_space

KINDS = ("duplicate", "reduplication")
#: parts of speech whose full reduplication is the plural or a distributive (hak-hak)
REDUPLICATING = frozenset({"NOUN"})
#: parts of speech whose reduplication is possible but rarer than a slip (beda-beda)
MAYBE_REDUPLICATING = frozenset({"ADJ"})


class Repetition(Check):
    type_name = "repetition"
    options_schema = {
        "report": {"type": "array", "items": {"enum": list(KINDS)}, "uniqueItems": True, "minItems": 1},
        "exceptions": {"type": "array", "items": {"type": "string"}},
        "min_length": {"type": "integer", "minimum": 1},
        "reduplicate": {"type": "boolean"},
        "function_words": {"type": "array", "items": {"type": "string"}},
    }

    def setup(self, options):
        self.report = frozenset(options.get("report") or KINDS)
        self.exceptions = {w.lower() for w in options.get("exceptions") or []}
        self.min_length = options.get("min_length", 1)
        self.reduplicate = options.get("reduplicate", False)
        self.function_words = {w.lower() for w in options.get("function_words") or []}

    def check_block(self, block, doc):
        tokens = block.tokens
        src = doc.source
        for k in range(len(tokens) - 1):
            a, b = tokens[k], tokens[k + 1]
            if a.kind != "word" or b.kind != "word":
                continue
            lw = a.text.lower()
            if lw != b.text.lower() or len(lw) < self.min_length or lw in self.exceptions:
                continue
            if not gap_is_space(src, a, b):
                continue
            if a.text != b.text:
                continue  # written in different case: 'Dr dr' (doktor, dokter), 'Hei hei' (a chant)
            kind, suggestions = self._judge(block, k)
            if kind not in self.report:
                continue
            yield self.finding(doc, a.start, b.end, suggestions, fixable=len(suggestions) == 1,
                               word=a.text, kind=kind)

    def _judge(self, block, k: int) -> tuple[str, list[str]]:
        """``duplicate`` or ``reduplication`` for the repeat at tokens k, k+1, with suggestions."""
        tokens = block.tokens
        word = tokens[k].text
        single, hyphenated = word, f"{word}-{word}"
        low = word.lower()
        if not self.reduplicate or low in self.function_words or "-" in low or not word.isalpha():
            return "duplicate", [single]
        if word[:1].isupper():
            return "reduplication", [hyphenated, single]  # a name: Alun-Alun, Butar-Butar
        if k > 0 and (tokens[k - 1].kind == "number" or tokens[k - 1].text.lower() in self.language.numerals):
            return "duplicate", [single]  # satu buah buah: a count takes no plural reduplication
        pos = _pos_without_repeat(block, k)
        if pos in REDUPLICATING:
            return "reduplication", [hyphenated, single]
        if pos in MAYBE_REDUPLICATING:
            return "duplicate", [single, hyphenated]
        return "duplicate", [single]


def _pos_without_repeat(block, k: int) -> str | None:
    """The part of speech of token ``k`` in its sentence read without the repeated token k+1."""
    tokens = block.tokens
    starts = [t.start for t in tokens]
    import bisect

    for a, b in block.sentences:
        i = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b)
        if i <= k < j:
            break
    else:
        i, j = max(0, k - 8), min(len(tokens), k + 9)
    words = [t.text for n, t in enumerate(tokens[i:j], start=i) if n != k + 1]
    try:
        from sunting.languages import get_tagger

        tags = get_tagger(block.language).tag(words)
    except Exception:  # no tagger (a minimal install): fall back to the safe answer
        return None
    return tags[k - i]
