"""``mojibake``: text damaged by a double decoding (``â€”``, ``Ã©``), one finding per run.

Each run of damage (:func:`sunting.text.mojibake.damage_runs`, whole words) is one finding
whose fix is the repaired text, as ftfy restores it (``volontÃ© GÃ©nÃ©rale`` → ``volonté
Générale``). Damage that cannot be undone (a scraper also dropped bytes: ``percayað¥``) is
reported with no fix and its own message (option ``unrepaired_message``).
"""

from __future__ import annotations

from sunting.checks.base import Check
from sunting.text.mojibake import damage_runs


class Mojibake(Check):
    type_name = "mojibake"
    options_schema = {
        "unrepaired_message": {"type": "string", "description": "Pesan untuk kerusakan yang tidak dapat dipulihkan."},
    }

    def setup(self, options):
        self.unrepaired = options.get("unrepaired_message") or self.language.message("mojibake", "unrepaired") or self.rule.message

    def check_block(self, block, doc):
        base = block.start
        for d in damage_runs(block.text):
            a, b = base + d.start, base + d.end
            if d.repair is None:
                yield self.finding(doc, a, b, [], message=self.unrepaired, fixable=False)
            else:
                yield self.finding(doc, a, b, [d.repair])
