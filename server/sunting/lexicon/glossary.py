"""The house glossary as long form ↔ short form pairs, with validity dates.

:attr:`Lexicon.glossary <sunting.lexicon.lexicon.Lexicon.glossary>` (``data/glossary.tsv``)
knows *which* forms exist; this module adds *what they stand for*, read from
``data/institutions.tsv`` — the long form, short form, kind, parent, validity dates and note
columns of the project's ``reference/institutions.tsv`` (``Kementerian Komunikasi dan
Informatika`` ↔ ``Kominfo``, 2009 – 2024-10-20).

Both files are built from the same reference; rebuild this one with::

    python -m sunting.lexicon.glossary ../shared/reference

Loaded lazily and cached process-wide (:func:`institution_pairs`, :func:`pairs_by_long_form`).
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
COLUMNS = ("long_form", "short_form", "kind", "parent", "valid_from", "valid_to", "note")

_ALSO = re.compile(r"\balso ([A-Z][\w-]*(?:[ /][A-Z][\w-]*)*)")
_PAREN = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class InstitutionPair:
    """One row of the house glossary."""

    long_form: str
    short_form: str  # may hold spaces (``Kemenko Polkam``) or be empty (``Dewan Pers``)
    kind: str = ""
    parent: str = ""
    valid_from: str = ""  # ISO date or year, "" when open
    valid_to: str = ""
    note: str = ""

    @property
    def alternates(self) -> tuple[str, ...]:
        """Other short forms the note records (``also Kemkominfo/Kemenkominfo``)."""
        out: list[str] = []
        for m in _ALSO.finditer(self.note):
            for part in m.group(1).split("/"):
                part = part.strip()
                if part and part != self.short_form and part not in out:
                    out.append(part)
        return tuple(out)

    @property
    def long_forms(self) -> tuple[str, ...]:
        """The long form without a parenthesised qualifier (``Bidang Hubungan Masyarakat (Polda)``)."""
        base = _PAREN.sub("", self.long_form).strip()
        return (base,) if base else ()

    def valid_on(self, date: str) -> bool:
        """Whether the pair is in force on an ISO date (``2025-03-01``); prefixes compare as ranges."""
        if self.valid_from and date < self.valid_from:
            return False
        if self.valid_to and date[: len(self.valid_to)] > self.valid_to:
            return False
        return True


def normalize_long_form(text: str) -> str:
    """Case-, comma- and spacing-insensitive key of a long form."""
    return " ".join(re.findall(r"[^\W\d_]+|\d+", text.lower()))


@lru_cache(maxsize=None)
def institution_pairs(data_dir: Path | None = None) -> tuple[InstitutionPair, ...]:
    path = (data_dir or DATA_DIR) / "institutions.tsv"
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.append(InstitutionPair(**{k: (row.get(k) or "").strip() for k in COLUMNS}))
    return tuple(out)


@lru_cache(maxsize=None)
def pairs_by_long_form(data_dir: Path | None = None) -> dict[str, tuple[InstitutionPair, ...]]:
    """normalized long form → the pairs with that long form."""
    idx: dict[str, list[InstitutionPair]] = {}
    for pair in institution_pairs(data_dir):
        for lf in pair.long_forms:
            idx.setdefault(normalize_long_form(lf), []).append(pair)
    return {k: tuple(v) for k, v in idx.items()}


@lru_cache(maxsize=None)
def pairs_by_short_form(data_dir: Path | None = None) -> dict[str, tuple[InstitutionPair, ...]]:
    """short form (and recorded alternates) → the pairs."""
    idx: dict[str, list[InstitutionPair]] = {}
    for pair in institution_pairs(data_dir):
        for form in (pair.short_form, *pair.alternates):
            if form:
                idx.setdefault(form, []).append(pair)
    return {k: tuple(v) for k, v in idx.items()}


def build(reference: Path, data_dir: Path | None = None) -> int:
    """Write ``data/institutions.tsv`` from ``reference/institutions.tsv`` (source column dropped)."""
    rows = []
    with open(reference / "institutions.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rows.append([(row.get(k) or "").strip() for k in COLUMNS])
    target = (data_dir or DATA_DIR) / "institutions.tsv"
    with open(target, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    institution_pairs.cache_clear()
    pairs_by_long_form.cache_clear()
    pairs_by_short_form.cache_clear()
    return len(rows)


if __name__ == "__main__":  # pragma: no cover
    ref = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/reference")
    print(f"institutions.tsv: {build(ref)} pairs")
