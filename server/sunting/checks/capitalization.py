"""``capitalization``: letter case EYD V prescribes.

Options:
- ``check: sentence-start``: a sentence of narrative that begins with a lower-case word
  (words with inner capitals such as ``iPhone`` and the ``exceptions`` pass). Besides the
  sentences of the shared splitter (which does not end a sentence before a lower-case word,
  since that usually means an unknown abbreviation), a lower-case word after ``. ``, ``? ``
  or ``! `` is flagged when the word before the full stop cannot be an abbreviation: an
  all-lower-case word of four letters or more that is not a known short form. A speech tag
  after a quotation that ends in ``?`` or ``!`` ("Kapan?" tanya dia) continues the sentence,
  and one-letter list labels (a. b.) and titles (dr) pass. A direct quotation opened after a
  comma or a colon (``Adik bertanya, "kapan …"``) begins with a capital too, unless it
  resumes after its speech tag (``"…," ujarnya, "makna …"``);
- ``check: name-reduplication``: a full reduplication (``Undang-undang``, ``Fakta-fakta``,
  ``Hitung-hitungan``) with its first part capitalised and its second not, where EYD V
  capitalises both: inside the name of an institution or a document (after a capitalised word
  of the name, ``Perserikatan Bangsa-bangsa``; or a head of names the language knows,
  ``Undang-undang Nomor 3``, before a capitalised word) and in a title-cased heading (``#
  Fakta-fakta Eks Dosen``). A reduplication at a sentence start before a name (``Anak-anak
  Indonesia bermain``) is a common noun and passes;
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
from sunting.checks.name_case import title_cased
from sunting.checks.phrases import PhraseMatcher
from sunting.i18n import t
from sunting.text.sentences import CLOSERS, ENDERS

ELLIPSES = frozenset({"...", "…"})
#: marks that open a quotation (straight ones open when a word follows them without a space)
_QUOTE_OPENERS = frozenset("“‘\"'")
#: … with the closing marks (quotes, brackets): one of them after a comma cuts a quotation
_QUOTE_MARKS = _QUOTE_OPENERS | CLOSERS


class Capitalization(Check):
    type_name = "capitalization"
    default_orthographic = True  # capitals are how a word is written
    options_schema = {
        "check": {"enum": ["sentence-start", "name-reduplication"]},
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
            yield from self._quotation_starts(block, doc, tokens)
        if self.mode == "name-reduplication":
            yield from self._name_reduplications(block, doc)

    def _name_reduplications(self, block, doc):
        """``Undang-undang Nomor 3`` → ``Undang-Undang``, ``# Fakta-fakta Eks Dosen`` →
        ``Fakta-Fakta``: every part of a reduplication in a name or a title is capitalised."""
        tokens = block.tokens
        heading = block.kind == "heading"
        if heading and not title_cased(block):
            return
        heads = self.language.short_forms.name_heads
        lex = self.language.lexicon()
        starts = self._first_words(block)
        for k, tok in enumerate(tokens):
            if tok.kind != "word" or tok.text.count("-") != 1:
                continue
            first, second = tok.text.split("-")
            if not (first[:1].isupper() and first[1:].islower() and first.isalpha() and len(first) >= 2):
                continue
            if not (second.isalpha() and second.islower() and second.startswith(first.lower())):
                continue
            if not (lex.is_known(first.lower()) or lex.is_known(tok.text.lower())):
                continue  # a surname (Muslim Jaya Butar-butar) is written as its owner writes it
            if not heading and not self._in_name(tokens, k, tok.text.lower() in heads, starts):
                continue
            yield self.finding(doc, tok.start, tok.end, [f"{first}-{second[0].upper()}{second[1:]}"])

    @staticmethod
    def _first_words(block) -> set[int]:
        """Where the sentences' first words start (after an opening quote or bracket)."""
        tokens = block.tokens
        idx = {t.start: k for k, t in enumerate(tokens)}
        out = set()
        for start, _ in block.sentences:
            k = idx.get(start)
            while k is not None and k < len(tokens) and tokens[k].kind == "punct" \
                    and tokens[k].text in "“\"‘'([«-–—•*":
                k += 1
            if k is not None and k < len(tokens):
                out.add(tokens[k].start)
        return out

    @staticmethod
    def _in_name(tokens, k: int, head: bool, starts: set[int]) -> bool:
        """Inside a name: a capitalised word of the same name before it (not a sentence's
        first word, not a reduplication of its own: ``Bapak-bapak Ibu-ibu`` is an address),
        or a head of names (``Undang-undang``) with a capitalised word after it."""
        prev = tokens[k - 1] if k > 0 else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if tokens[k].start not in starts and prev is not None and prev.kind == "word" and "-" not in prev.text \
                and prev.text[:1].isupper() and prev.end < tokens[k].start and prev.start not in starts:
            return True
        return head and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper()

    def _lowercase_name(self, tokens, k: int) -> bool:
        """A name written in lower case by its owner (``detikcom``, ``bank bjb``): a word no
        dictionary knows, or a word followed by one (a brand of two words). A misspelt word at a
        sentence start is the spelling check's to report; its capital is not the point."""
        lex = self.language.lexicon()

        def unknown(text: str) -> bool:
            """No dictionary word, and not a slip for one (ituu is a typo, not a brand)."""
            low = text.lower()
            if lex.in_dictionary(low) or lex.morphology.root_of(low) is not None:
                return False
            return lex.check_word(text).kind not in ("typo", "runon")

        word = tokens[k].text
        if word.isalpha() and unknown(word) and not lex.is_foreign(word):
            return True
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return bool(nxt and nxt.kind == "word" and nxt.text.islower() and nxt.text.isalpha() and len(nxt.text) >= 3
                    and unknown(nxt.text) and not lex.is_foreign(nxt.text))

    def _quotation_starts(self, block, doc, tokens):
        """A direct quotation opened after a comma or a colon mid-sentence (``Adik bertanya,
        "kapan kita pulang?"``, ``Aku bilang, 'kamu jangan …'``): EYD V capitalises its first
        word as a sentence's. Not a quotation that resumes after its speech tag (``"…," ujarnya,
        "makna …"``: the sentence goes on) and not a quoted fragment (no comma or colon before
        the opening mark)."""
        src = doc.source
        for k in range(2, len(tokens) - 1):
            mark, word, lead = tokens[k], tokens[k + 1], tokens[k - 1]
            if mark.text not in _QUOTE_OPENERS or word.kind != "word" or word.start != mark.end:
                continue
            if lead.text not in (",", ":") or src[lead.end:mark.start] not in (" ", "\u00a0"):
                continue
            text = word.text
            if not text[:1].islower() or text in self.exceptions or len(text) == 1 or text in self.language.titles:
                continue
            if any(c.isupper() for c in text[1:]) or any(c.isdigit() for c in text):
                continue
            if any(tokens[j].text in _QUOTE_MARKS and tokens[j].start == tokens[j - 1].end
                   and tokens[j - 1].text == "," for j in range(max(1, k - 6), k - 1)):
                continue  # "…," ujarnya, "makna …": a quotation cut by a comma resumes after its speech tag
            if self._lowercase_name(tokens, k + 1):
                continue
            yield self.finding(doc, word.start, word.end, [text[0].upper() + text[1:]])

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
