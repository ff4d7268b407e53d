"""``subject-comma``: a comma between a clause's subject and its predicate (EYD V: none).

``Laporan lengkap survei ini, bisa dilihat …``, ``Warga yang tidak dikenali korban, datang …``,
``… tercantum bahwa Wali Kota Jambi, tidak pernah …``: the subject noun phrase ends, a comma
follows, and the clause goes on with its predicate. :mod:`sunting.checks.clauses` reads where
the subject ends and the predicate starts; this check flags the comma between the two, in
paragraphs (not headings or list lines), and leaves an aside closed by a second comma
(``Budi, ditemui di rumahnya, mengatakan …``) and a list alone.
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.checks.clauses import (aside_closed, clause_starts, first_comma, list_comma, opens_predicate,
                                    reads_as_subject)
from sunting.text.blocks import PARAGRAPH


class SubjectComma(Check):
    type_name = "subject-comma"
    default_fix = "safe"
    default_orthographic = True

    def check_block(self, block, doc):
        if block.kind != PARAGRAPH or "," not in block.text:
            return
        words = self.language.clauses
        if not words.predicate_words:
            return
        toks = block.tokens
        texts = block.token_texts
        lowers = block.lower_texts
        an = block.analysis
        for a, b in an.sentence_ranges:
            if "," not in texts[a:b]:
                continue
            for s, strict, fronted in clause_starts(an, lowers, texts, a, b, words):
                c = self._subject_end(an, lowers, texts, s, b, words, strict)
                # a list as the subject (Reog, Kebaya, dan Kolintang, sukses …), not after a
                # fronted phrase, whose comma may have opened the list (Di Jakarta, Bandung, …)
                if c is None and not strict and not fronted:
                    c = self._subject_end(an, lowers, texts, s, b, words, strict, listed=True)
                # a single word after a fronted phrase may go on with it (Di PLTA Genyem, Papua, …)
                if c is None or fronted and c == s + 1:
                    continue
                comma = toks[c]
                subject = doc.source[toks[s].start:toks[c - 1].end]
                yield self.finding(doc, comma.start, comma.end, [""], subject=subject,
                                   predicate=texts[c + 1])

    @staticmethod
    def _subject_end(an, lowers, texts, s, b, words, strict, listed=False):
        """The comma that cuts the subject opening at ``s`` from its predicate, or None."""
        c = list_comma(an, texts, lowers, s, b, words) if listed else first_comma(texts, s, b)
        if c is None or c + 1 >= b:
            return None
        if not opens_predicate(an, lowers, texts, c + 1, b, words, strict):
            return None
        if not reads_as_subject(an, lowers, texts, s, c, words) or aside_closed(an, lowers, texts, c, b, words):
            return None
        return c
