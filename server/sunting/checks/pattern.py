"""``pattern``: a regular expression with a replacement template.

Options: ``pattern`` (``regex`` module syntax, V1), ``replace`` (template with ``\\1`` or
``\\g<name>`` groups; omit for no suggestion), ``ignorecase`` (default false),
``group`` (flag only this group's span; default the whole match).
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.checks.regexes import compile_pattern, safe_finditer


class Pattern(Check):
    type_name = "pattern"
    options_schema = {
        "pattern": {"type": "string"},
        "replace": {"type": "string"},
        "ignorecase": {"type": "boolean"},
        "group": {"type": ["integer", "string"]},
    }
    required_options = ("pattern",)

    @classmethod
    def validate_options(cls, rule):
        compile_pattern(rule.options["pattern"], rule.options.get("ignorecase", False))

    def setup(self, options):
        self.regex = compile_pattern(options["pattern"], options.get("ignorecase", False))
        self.replace = options.get("replace")
        self.group = options.get("group", 0)

    def check_block(self, block, doc):
        for m in safe_finditer(self.regex, block.text, self.rule):
            a, b = m.span(self.group)
            if a < 0 or b <= a:
                continue
            suggestions = []
            if self.replace is not None:
                full = m.expand(self.replace)
                if self.group:
                    # the template describes the whole match; keep only the group's part
                    prefix = m.string[m.start():a]
                    suffix = m.string[b:m.end()]
                    if full.startswith(prefix) and full.endswith(suffix):
                        full = full[len(prefix):len(full) - len(suffix) if suffix else None]
                suggestions = [full]
            yield self.finding(doc, block.start + a, block.start + b, suggestions)
