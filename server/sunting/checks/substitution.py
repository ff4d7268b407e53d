"""``substitution``: a wrong → right map of words and phrases (``merubah`` → ``mengubah``).

Options:
- ``swap``: mapping of wrong form → right form (a list of right forms gives choices,
  which ``--fix`` never applies on its own).
- ``ignorecase`` (default true): match regardless of case; the replacement takes the
  case of the match (``Merubah`` → ``Mengubah``).
- ``files``: TSV files (relative to the rule file) with ``wrong<TAB>right`` rows, for
  maps of many thousand entries.
"""

from __future__ import annotations

from pathlib import Path

from sunting.checks.base import Check, match_case
from sunting.checks.phrases import PhraseMatcher


class Substitution(Check):
    type_name = "substitution"
    options_schema = {
        "swap": {
            "type": "object",
            "additionalProperties": {
                "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]
            },
        },
        "files": {"type": "array", "items": {"type": "string"}},
        "ignorecase": {"type": "boolean"},
    }

    def setup(self, options):
        self.matcher = PhraseMatcher(options.get("ignorecase", True))
        for wrong, right in (options.get("swap") or {}).items():
            self.matcher.add(str(wrong), [right] if isinstance(right, str) else list(right))
        base = Path(self.rule.path).parent if self.rule.path else Path(".")
        for name in options.get("files") or []:
            for line in (base / name).read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                wrong, _, right = line.partition("\t")
                if right:
                    self.matcher.add(wrong, [r for r in right.split("|") if r])

    @classmethod
    def validate_options(cls, rule):
        if not rule.options.get("swap") and not rule.options.get("files"):
            raise ValueError("a substitution rule needs 'swap' or 'files'")

    def check_block(self, block, doc):
        tokens = block.tokens
        for i, j, rights in self.matcher.finditer(tokens, doc.source):
            start, end = tokens[i].start, tokens[j].end
            matched = doc.source[start:end]
            suggestions = [match_case(matched, r) for r in rights]
            yield self.finding(doc, start, end, suggestions, fixable=len(rights) == 1)
