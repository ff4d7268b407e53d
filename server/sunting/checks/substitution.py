"""``substitution``: a wrong → right map of words and phrases (``merubah`` → ``mengubah``).

Options:
- ``swap``: mapping of wrong form → right form (a list of right forms gives choices,
  which ``--fix`` never applies on its own; an empty list flags without a suggestion).
- ``ignorecase`` (default true): match regardless of case; the replacement takes the
  case of the match (``Merubah`` → ``Mengubah``); with ``ignorecase: false`` the match is
  exact and the replacement is given as written (``KLHK`` → ``Kemenhut``).
- ``files``: TSV files (relative to the rule file) with ``wrong<TAB>right[<TAB>note]`` rows
  (``right`` may hold several choices separated by ``|``, or be empty; lines starting with
  ``#`` are comments), for maps of many thousand entries. The note is available to the
  message as ``{note}`` (empty for ``swap`` entries).
- ``skip_foreign`` (default false): leave alone a match that is one word of a longer run of
  foreign words (:attr:`Block.foreign_spans`: ``fund manager``, ``town hall meeting``,
  ``Economic Development Board Singapore``) — the whole term is the foreign-term rule's to report.
- ``skip_names`` (default false): leave a match alone when it starts with a capital letter
  and does not start a sentence, or when it is written in capitals and the word before or
  after it is capitalised too (``Mall Taman Anggrek``, ``Design Week``): a capitalised word
  inside a sentence is usually part of a proper name, which keeps its own spelling.
"""

from __future__ import annotations

from pathlib import Path

from sunting.checks.base import Check, match_case
from sunting.checks.phrases import PhraseMatcher
from sunting.text.foreign import part_of_longer_term

OPENERS = set("“\"‘'([«-–—•*")


class Substitution(Check):
    type_name = "substitution"
    options_schema = {
        "swap": {
            "type": "object",
            "additionalProperties": {
                "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
            },
        },
        "files": {"type": "array", "items": {"type": "string"}},
        "ignorecase": {"type": "boolean"},
        "skip_names": {"type": "boolean"},
        "skip_before_names": {"type": "boolean"},
        "skip_foreign": {"type": "boolean", "description": "Leave alone a match that is one word of a longer foreign term or name."},
    }

    def setup(self, options):
        self.ignorecase = options.get("ignorecase", True)
        self.matcher = PhraseMatcher(self.ignorecase)
        self.skip_names = options.get("skip_names", False)
        self.skip_before_names = options.get("skip_before_names", False)
        self.skip_foreign = options.get("skip_foreign", False)
        for wrong, right in (options.get("swap") or {}).items():
            self.matcher.add(str(wrong), ([right] if isinstance(right, str) else list(right), ""))
        base = Path(self.rule.path).parent if self.rule.path else Path(".")
        for name in options.get("files") or []:
            for line in (base / name).read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                wrong, _, rest = line.partition("\t")
                right, _, note = rest.partition("\t")
                self.matcher.add(wrong, ([r for r in right.split("|") if r], note.strip()))

    @classmethod
    def validate_options(cls, rule):
        if not rule.options.get("swap") and not rule.options.get("files"):
            raise ValueError("a substitution rule needs 'swap' or 'files'")
        base = Path(rule.path).parent if rule.path else Path(".")
        for name in rule.options.get("files") or []:
            if not (base / name).is_file():
                raise ValueError(f"files: no such file {name!r} beside the rule file")

    def check_block(self, block, doc):
        tokens = block.tokens
        starts = None
        matches = list(self.matcher.finditer_block(block, doc.source))
        matched_tokens = {k for i, j, _ in matches for k in range(i, j + 1)}
        for i, j, (rights, note) in matches:
            start, end = tokens[i].start, tokens[j].end
            matched = doc.source[start:end]
            if self.skip_names and matched[:1].isupper():
                if starts is None:
                    starts = {a for a, _ in block.sentences}
                if _is_name(tokens, i, j, starts):
                    continue
            if self.skip_foreign:
                run = part_of_longer_term(block.foreign_spans, start, end, tokens)
                # one word of an English term or name (fund manager, Development Board Singapore) —
                # unless its other English words are this rule's terms too (link website)
                if run is not None and not all(k in matched_tokens for k in run.strong_tokens):
                    continue
            if self.skip_before_names and j + 1 < len(tokens):
                nxt = tokens[j + 1]
                if nxt.kind == "word" and nxt.text[:1].isupper() and doc.source[tokens[j].end:nxt.start].strip() == "":
                    continue
            suggestions = [match_case(matched, r) for r in rights] if self.ignorecase else list(rights)
            if self.ignorecase and _before_a_name(tokens, j, doc.source, matched):
                # Walikota Solo → Wali Kota Solo: a title before a name capitalises every word
                suggestions = [_title_case(r) for r in suggestions]
            yield self.finding(doc, start, end, suggestions, fixable=len(rights) == 1, note=note)


def _before_a_name(tokens, j: int, source: str, matched: str) -> bool:
    """A capitalised match followed, in the same phrase, by a capitalised word: a title or the
    start of a name (``Walikota Solo``, ``Kerjasama Ekonomi``), not a sentence start alone."""
    if not matched[:1].isupper() or matched.isupper() or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    return nxt.kind == "word" and nxt.text[:1].isupper() and source[tokens[j].end:nxt.start] in (" ", "\u00a0")


_TITLE_KEEP = frozenset("di ke dari dan yang untuk pada dengan atau oleh dalam".split())


def _title_case(text: str) -> str:
    return " ".join(w if w in _TITLE_KEEP else w[:1].upper() + w[1:] for w in text.split(" "))


def _is_name(tokens, i, j, sentence_starts) -> bool:
    """A capitalised match inside a sentence, or next to another capitalised word."""
    k = i
    while k > 0 and tokens[k - 1].kind == "punct" and tokens[k - 1].text in OPENERS:
        k -= 1
    at_start = tokens[k].start in sentence_starts or k == 0
    if not at_start:
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return bool(nxt and nxt.kind == "word" and nxt.text[:1].isupper())
