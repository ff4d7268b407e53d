"""``existence``: words, phrases or patterns that should not appear (``Baca juga:``).

Options: ``tokens`` (words and phrases, matched on whole tokens), ``patterns`` (regular
expressions, run with a time limit), ``ignorecase`` (default true), and an optional
``suggestion`` (a fixed replacement, e.g. empty to delete).
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.checks.phrases import PhraseMatcher
from sunting.checks.regexes import compile_pattern, safe_finditer
from sunting.i18n import t


class Existence(Check):
    type_name = "existence"
    options_schema = {
        "tokens": {"type": "array", "items": {"type": "string"}},
        "patterns": {"type": "array", "items": {"type": "string"}},
        "ignorecase": {"type": "boolean"},
        "suggestion": {"type": "string"},
    }

    @classmethod
    def validate_options(cls, rule):
        if not rule.options.get("tokens") and not rule.options.get("patterns"):
            raise ValueError(t("rule.needs_one_of", type="existence", keys="tokens, patterns"))
        for p in rule.options.get("patterns") or []:
            compile_pattern(p, rule.options.get("ignorecase", True))

    def setup(self, options):
        ic = options.get("ignorecase", True)
        self.matcher = PhraseMatcher(ic)
        for token in options.get("tokens") or []:
            self.matcher.add(token, None)
        self.patterns = [compile_pattern(p, ic) for p in options.get("patterns") or []]
        s = options.get("suggestion")
        self.suggestions = [s] if s is not None else []

    def check_block(self, block, doc):
        tokens = block.tokens
        if len(self.matcher):
            for i, j, _ in self.matcher.finditer_block(block, doc.source):
                yield self.finding(doc, tokens[i].start, tokens[j].end, self.suggestions)
        for pat in self.patterns:
            for m in safe_finditer(pat, block.text, self.rule):
                if m.end() > m.start():
                    yield self.finding(doc, block.start + m.start(), block.start + m.end(), self.suggestions)
