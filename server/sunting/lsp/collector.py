"""The cyclic garbage collector, kept out of a keystroke's way.

A language server keeps a lot that lives for the whole session (rules, the lexicon, the
tagger, the paragraph cache, the open documents' blocks). CPython's cyclic collector walks
every tracked object that is not frozen on each full collection — 35-200 ms for a
5,000-word text on this machine — and it starts one whenever enough objects have survived,
which is to say in the middle of some keystroke's check (issue 12: that was the p95).

So what is loaded is frozen (``gc.freeze``: left out of every collection) after the
warm-up, and again whenever the server is idle: :meth:`IdleCollector.collect` collects what
is not frozen and freezes what survived, so the automatic collections while the writer
types only ever look at what the last few keystrokes made. A cycle that dies once frozen
is never collected, so whenever the frozen objects have doubled since the collector last
looked at all of them, it unfreezes everything first and looks at it all (at an idle
moment; rare, as the set doubles each time).
"""

from __future__ import annotations

import gc


class IdleCollector:
    def __init__(self, growth: float = 2.0) -> None:
        self._growth = growth  # how much the frozen objects may grow before a look at all of them
        self._base = 0  # objects frozen after the last collection that looked at all of them

    def collect(self) -> None:
        """Collect and freeze what survived. Call it between checks, never beside one."""
        if not self._base or gc.get_freeze_count() > self._growth * self._base:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self._base = gc.get_freeze_count()
        else:
            gc.collect()
            gc.freeze()
