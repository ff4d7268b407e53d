"""The cyclic garbage collector, kept out of a keystroke's way.

A language server keeps a lot that lives for the whole session (rules, the lexicon, the
tagger, the paragraph cache) or at least until the next keystroke (the last result's
document, its blocks and tokens). CPython's cyclic collector walks every tracked object that
is not frozen on each full collection — 35-200 ms for a 5,000-word text on this machine —
and starts one whenever enough objects have survived, which is to say in the middle of
some keystroke's check (issue 12: that was the p95).

So everything alive is frozen (``gc.freeze``: left out of every collection, still freed
by reference counting when it dies) after the warm-up and after every publish
(:meth:`IdleCollector.settle`, which costs nothing), and the automatic collections while
the writer types only look at what the running check made. A cycle that dies once frozen
waits for a collection that unfreezes everything: :meth:`IdleCollector.collect`, when the
server is idle, does one whenever the frozen objects have doubled since the last time
(rare: the set doubles each time; a full look costs 30-100 ms, as the lexicon's large sets
are walked), and otherwise collects what is not frozen.
"""

from __future__ import annotations

import gc


class IdleCollector:
    def __init__(self, growth: float = 2.0) -> None:
        self._growth = growth  # how much the frozen objects may grow before a look at all of them
        self._base = 0  # objects frozen after the last collection that looked at all of them

    @staticmethod
    def settle() -> None:
        """Freeze what is alive now (constant time): call it after a publish."""
        gc.freeze()

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
