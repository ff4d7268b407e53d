"""``consistency``: two accepted variants must not both appear in one document.

Option ``either``: mapping ``variant: other variant``. The variant used first sets the
document's choice; each later use of the other one is flagged, with the first as the
suggestion.
"""

from __future__ import annotations

from sunting.checks.base import Check, Phase
from sunting.checks.phrases import PhraseMatcher


class Consistency(Check):
    type_name = "consistency"
    default_fix = "unsafe"  # which variant the document keeps is an editor's choice
    phase = Phase.DOCUMENT
    options_schema = {
        "either": {"type": "object", "additionalProperties": {"type": "string"}, "minProperties": 1},
        "ignorecase": {"type": "boolean"},
    }
    required_options = ("either",)

    def setup(self, options):
        self.matcher = PhraseMatcher(options.get("ignorecase", True))
        for n, (a, b) in enumerate(options["either"].items()):
            self.matcher.add(a, (n, 0, a))
            self.matcher.add(b, (n, 1, b))

    def check_document(self, doc):
        chosen: dict[int, tuple[int, str]] = {}
        for block in doc.blocks:
            tokens = block.tokens
            for i, j, (pair, side, form) in self.matcher.finditer_block(block, doc.source):
                if pair not in chosen:
                    chosen[pair] = (side, form)
                    continue
                first_side, first_form = chosen[pair]
                if side != first_side:
                    yield self.finding(doc, tokens[i].start, tokens[j].end, [first_form], first=first_form)
