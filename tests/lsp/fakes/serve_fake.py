"""``sunting serve`` with a fake engine, through the server's engine factory seam (no
monkeypatching): ``python serve_fake.py boom|slow``.

* ``boom``: the real engine, except that a check of a text containing ``BOOM`` raises,
  to prove the server survives a failing check;
* ``slow``: the real engine plus a backend phase (like LanguageTool) that flags
  ``lambat`` after ``$SUNTING_TEST_SLOW_BACKEND`` seconds, to test the two publishes.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

from sunting.engine import ALL_PHASES, Phase
from sunting.findings import Finding, Severity, merge_findings
from sunting.lsp.main import serve


class Wrapped:
    """A CheckEngine around the real one (config, rules_by_id… are the real engine's)."""

    def __init__(self, engine):
        self.engine = engine

    def __getattr__(self, name):
        return getattr(self.engine, name)

    @property
    def phases(self):
        return self.engine.phases

    def phase_of(self, rule_id):
        return self.engine.phase_of(rule_id)

    def check(self, doc, phases=ALL_PHASES, cancelled=None):
        return self.engine.check(doc, phases=phases, cancelled=cancelled)


class Exploding(Wrapped):
    def check(self, doc, phases=ALL_PHASES, cancelled=None):
        if "BOOM" in doc.source:
            raise RuntimeError("a check exploded (test)")
        return super().check(doc, phases, cancelled)


class SlowBackend(Wrapped):
    @property
    def phases(self):
        return tuple(self.engine.phases) + (Phase.BACKENDS,)

    def phase_of(self, rule_id):
        return Phase.BACKENDS if rule_id.startswith("Slow.") else self.engine.phase_of(rule_id)

    def check(self, doc, phases=ALL_PHASES, cancelled=None):
        found = self.engine.check(doc, phases=[p for p in phases if p is not Phase.BACKENDS], cancelled=cancelled)
        if Phase.BACKENDS in phases:
            time.sleep(float(os.environ.get("SUNTING_TEST_SLOW_BACKEND", "0.4")))
            found = merge_findings(found + [
                Finding("Slow.Word", Severity.WARNING, "Lambat.", m.start(), m.end(), m.group(), ("cepat",))
                for m in re.finditer(r"\blambat\b", doc.source)
            ])
        return found


def factory(kind: type[Wrapped]):
    made: dict[int, tuple[object, Wrapped]] = {}  # one wrapper per real engine, kept alive with it

    def engine_for(projects, path):
        real = projects.engine_for(path)
        if id(real) not in made:
            made[id(real)] = (real, kind(real))
        return made[id(real)][1]

    return engine_for


if __name__ == "__main__":
    kinds = {"boom": Exploding, "slow": SlowBackend}
    args = argparse.Namespace(verbose=False, log_file=None, tcp=None)
    sys.exit(serve(args, engine_factory=factory(kinds[sys.argv[1]])))
