"""Held-out articles that are not unseen: byte-identical twins of dev articles.

The scraped corpus holds a few dozen stories twice, under two addresses, byte for byte. Nine of
the 120 held-out articles (``heldout.txt``) have such a twin among the dev articles, which
developers read, judge and tune on — four of them in the recall sample, two of those with twins in
the tuning annotation sets, whose marked errors developers list and read. A held-out figure that
counts them measures text the developers have seen, so the held-out measures (``precision.py
--split heldout``, ``recall.py`` on ``recall/``) leave them out and say so.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout.txt"


def heldout_names() -> set[str]:
    if not HELDOUT.is_file():
        return set()
    return {ln.strip() for ln in HELDOUT.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}


@lru_cache(maxsize=4)
def seen_heldout(corpus: Path, held: frozenset[str] | None = None) -> frozenset[str]:
    """Held-out article names (``held``, default ``heldout.txt``) whose text is byte-identical
    to a dev article's (any other ``*.md`` of ``corpus``)."""
    if held is None:
        held = frozenset(heldout_names())
    digests: dict[str, set[str]] = {}
    for path in sorted(Path(corpus).glob("*.md")):
        digests.setdefault(hashlib.sha256(path.read_bytes()).hexdigest(), set()).add(path.name)
    seen: set[str] = set()
    for names in digests.values():
        if names & held and names - held:
            seen |= names & held
    return frozenset(seen)
