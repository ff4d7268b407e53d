"""``fronted-clause``: the comma after a subordinate clause that opens the sentence (EYD V).

:func:`sunting.checks.clauses.fronted_clause` reads where the subordinate clause's predicate
ends and the main clause's begins; this check asks for the comma where its place is certain
(*Setelah kami memeriksa para saksi, kami …*; *Kalau tidak segera ditangani, akan …*) and, with
``uncertain: true``, reports the rest without a fix: the stretch between the two predicates,
where the object of one and the subject of the other meet and only the meaning tells which
is which.
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.checks.clauses import fronted_clause


class FrontedClauseComma(Check):
    type_name = "fronted-clause"
    default_orthographic = True
    options_schema = {
        "uncertain": {"type": "boolean",
                      "description": "Laporkan juga kalimat yang letak komanya tidak pasti (objek anak kalimat "
                                     "dan subjek induk kalimat bertemu), tanpa saran perbaikan; bawaan: tidak."},
        "message_uncertain": {"type": "string",
                              "description": "Pesan bila letak koma tidak pasti ({word}: predikat anak kalimat, "
                                             "{main}: awal predikat induk kalimat)."},
    }

    def setup(self, options):
        self.uncertain = bool(options.get("uncertain", False))
        self.message_uncertain = options.get("message_uncertain") or self.rule.message
        self.words = self.language.clauses

    def check_block(self, block, doc):
        words = self.words
        if words.subordinators.isdisjoint(block.lower_set):
            return
        toks, texts, lowers, an = block.tokens, block.token_texts, block.lower_texts, block.analysis
        for a, b in an.sentence_ranges:
            found = fronted_clause(an, lowers, texts, a, b, words)
            if found is None:
                continue
            if found.main is not None:
                before = toks[found.main - 1]
                # Check.finding fills the message: {match} and {suggestion} as in every rule type
                yield self.finding(doc, before.start, before.end, [before.text + ","],
                                   word=before.text, main=texts[found.main])
            elif self.uncertain:
                first, last = toks[found.head], toks[found.main_predicate - 1]
                yield self.finding(doc, first.start, last.end, [], message=self.message_uncertain, fixable=False,
                                   fix="none", word=first.text, main=texts[found.main_predicate])
